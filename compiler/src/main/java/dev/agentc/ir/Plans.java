package dev.agentc.ir;

import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.model.Deployment;
import dev.agentc.model.Model;
import java.util.ArrayList;
import java.util.List;

/** The IR stage's entry point: a checked model in, one {@link Plan} per deploy out. */
public final class Plans {
  private Plans() {}

  public record Result(List<Plan> plans, List<Diagnostic> diagnostics) {
    public Result {
      plans = List.copyOf(plans);
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
  }

  /** Builds every deploy's plan. Call only on a model without errors: the checker's guarantees are assumed. */
  public static Result build(Model model) {
    Diagnostics diags = new Diagnostics();
    List<Plan> plans = new ArrayList<>();
    for (Deployment d : model.deployments()) plans.add(new PlanBuilder(model, d, diags).build());
    return new Result(plans, diags.sorted());
  }
}
