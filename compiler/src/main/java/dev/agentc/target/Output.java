package dev.agentc.target;

import dev.agentc.diag.Diagnostic;
import java.util.List;

/**
 * What a target produced for one plan: its files, what it had to say, and how many objects of
 * each kind went into each group (a cluster's file, a compose file, a message list).
 */
public record Output(List<Artefact> files, List<Diagnostic> diagnostics, List<ObjectCount> summary) {
  public Output {
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
    summary = List.copyOf(summary);
  }

  /** One file, its path relative to the target's output folder, its exact bytes. */
  public record Artefact(String path, byte[] bytes) {}

  public record ObjectCount(String group, String kind, int count) {}
}
