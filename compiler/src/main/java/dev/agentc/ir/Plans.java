package dev.agentc.ir;

import dev.agentc.Parallel;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.model.Deployment;
import dev.agentc.model.Model;
import dev.agentc.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    // Deploys are independent until the checks across them: build them in parallel, in deploy order.
    Catalog catalog = new Catalog(model);
    List<Built> built = Parallel.map(model.deployments(), d -> {
      Diagnostics own = new Diagnostics();
      return new Built(new PlanBuilder(model, catalog, d, own).build(), own);
    });
    Diagnostics diags = new Diagnostics();
    List<Plan> plans = new ArrayList<>();
    Map<String, Plan> byDir = new HashMap<>();
    Map<String, Plan> byStack = new HashMap<>();
    for (Built b : built) {
      Plan plan = b.plan();
      diags.addAll(b.diagnostics().sorted());
      Plan clash = byDir.putIfAbsent(plan.dnsName(), plan);
      if (clash != null) {
        // The output folder of a deploy is its DNS name.
        diags.add(Diagnostic.of(Code.E0313, plan.span(), plan.name(), "its output folder would be `"
            + plan.dnsName() + "`, like deploy `" + clash.name() + "`'s").label(clash.span(), "the other one").hint("rename one of them"));
      }
      sharedStack(plan, byStack, diags);
      plans.add(plan);
    }
    return new Result(plans, diags.sorted());
  }

  private record Built(Plan plan, Diagnostics diagnostics) {}

  /** Two deploys on one Pulumi stack would each delete the other's resources on `pulumi up`. */
  private static void sharedStack(Plan plan, Map<String, Plan> byStack, Diagnostics diags) {
    if (plan.pulumiStack().isEmpty()) return;
    String stack = plan.pulumiProject().orElseThrow() + "/" + plan.pulumiStack().orElseThrow();
    Plan other = byStack.putIfAbsent(stack, plan);
    if (other == null) return;
    Span set = plan.settings().pulumi().orElseThrow().span();
    var d = Diagnostic.of(Code.E0523, plan.span(), plan.name(), stack, other.name()).label(other.span(), "deploy `" + other.name() + "` uses it");
    if (!set.isNone()) d.label(set, "the stack comes from these settings");
    diags.add(d.hint("give deploy `" + plan.name() + "` its own stack: `pulumi { stack = \"" + plan.name() + "\" }`"));
  }
}
