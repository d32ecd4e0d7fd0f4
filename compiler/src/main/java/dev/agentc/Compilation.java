package dev.agentc;

import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.load.Project;
import dev.agentc.model.Model;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking one project: the typed model (absent when loading failed so badly
 * that there is nothing to check), the plan of every deploy (empty when any stage found an
 * error) and every diagnostic of every stage, sorted.
 */
public record Compilation(Project project, Optional<Model> model, List<Plan> plans, List<Diagnostic> diagnostics) {
  public Compilation {
    plans = List.copyOf(plans);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
}
