package dev.agentc.target.pulumi;

import com.pulumi.test.Mocks;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Mocks that record every resource the program registers, and echo its inputs as its state. */
final class RecordingMocks implements Mocks {
  final List<ResourceArgs> registered = new CopyOnWriteArrayList<>();

  @Override
  public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
    registered.add(args);
    return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), args.inputs));
  }
}
