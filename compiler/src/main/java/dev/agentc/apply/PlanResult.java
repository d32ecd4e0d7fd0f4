package dev.agentc.apply;

import dev.agentc.diag.Diagnostic;
import java.util.List;

/**
 * What a provisioner found for one deploy and target: the changes, in the order they would be
 * made, and warnings (objects left behind without `--prune`).
 */
public record PlanResult(Deployment deployment, List<Change> changes, List<Diagnostic> warnings) {
  public PlanResult {
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
  }

  public boolean hasChanges() { return !changes.isEmpty(); }
}
