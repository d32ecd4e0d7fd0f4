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
    java.util.Map<String, Plan> byDir = new java.util.HashMap<>();
    for (Deployment d : model.deployments()) {
      Plan plan = new PlanBuilder(model, d, diags).build();
      Plan clash = byDir.putIfAbsent(plan.dnsName(), plan);
      if (clash != null) {
        // The output folder of a deploy is its DNS name.
        diags.add(dev.agentc.diag.Diagnostic.of(dev.agentc.diag.Code.E0313, plan.span(), plan.name(), "its output folder would be `"
            + plan.dnsName() + "`, like deploy `" + clash.name() + "`'s").label(clash.span(), "the other one").hint("rename one of them"));
      }
      plans.add(plan);
    }
    return new Result(plans, diags.sorted());
  }
}
