package dev.agentc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Work spread over every core, results in the given order. Each thread takes the next item as soon
 * as it is done with one. A parallel stream instead cuts a list into runs of about a quarter of it
 * on two cores (size / (4 × the pool's parallelism)), and one thread can sit idle while the other
 * finishes its run: the files of a project, its modules and its deploys differ in size.
 */
public final class Parallel {
  private Parallel() {}

  /** {@code fn} of each item, in the order of {@code items}; an exception of {@code fn} is rethrown. */
  @SuppressWarnings("unchecked")
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
    int n = items.size();
    Object[] out = new Object[n];
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      try {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) out[i] = fn.apply(items.get(i));
      } catch (RuntimeException | Error e) {
        next.set(n); // the others stop at their next item
        throw e;
      }
    };
    // One task per thread: the caller runs the first and joins the others, running any no worker
    // has taken yet, so it finishes even in a pool without workers (a parallelism of 0).
    List<ForkJoinTask<?>> tasks = new ArrayList<>();
    int threads = 1 + Math.min(n - 1, ForkJoinPool.getCommonPoolParallelism());
    for (int t = 0; t < threads; t++) tasks.add(ForkJoinTask.adapt(work));
    ForkJoinTask.invokeAll(tasks);
    return (List<R>) Collections.unmodifiableList(Arrays.asList(out));
  }
}
