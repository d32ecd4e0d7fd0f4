package dev.agentc;

import dev.agentc.diag.Diagnostic;
import dev.agentc.load.Project;
import dev.agentc.model.Model;
import java.util.List;
import java.util.Optional;

/**
 * The result of checking one project: the typed model (absent when loading failed so badly
 * that there is nothing to check) and every diagnostic of every stage, sorted.
 */
public record Compilation(Project project, Optional<Model> model, List<Diagnostic> diagnostics) {
  public Compilation {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
}
