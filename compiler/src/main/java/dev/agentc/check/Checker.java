package dev.agentc.check;

import dev.agentc.diag.Diagnostic;
import dev.agentc.load.Project;
import dev.agentc.model.Model;
import java.util.List;

/** Resolution and type checking: a loaded project to the typed model. */
public final class Checker {
  private Checker() {}

  public record Result(Model model, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  public static Result check(Project project) {
    throw new UnsupportedOperationException("checker not written yet");
  }
}
