package dev.agentc.analysis;

import dev.agentc.Parallel;
import dev.agentc.analysis.residency.Residency;
import dev.agentc.analysis.secrets.SecretExposure;
import dev.agentc.analysis.tee.TeeGuards;
import dev.agentc.analysis.cost.BudgetCheck;
import dev.agentc.analysis.fit.GpuFit;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.model.Model;
import java.util.List;

/** Runs every analysis on every plan; the compiler calls it once the plans are built without errors. */
public final class Analyses {
  private static final List<Analysis> ALL =
      List.of(new GpuFit(), new BudgetCheck(), new Residency(), new TeeGuards(), new SecretExposure());

  private Analyses() {}

  /** The analyses of each plan, plans in parallel (they are independent), collected in plan order. */
  public static List<Diagnostic> run(Model model, List<Plan> plans) {
    return Parallel.map(plans, plan -> ALL.stream().flatMap(analysis -> analysis.check(model, plan).stream()).toList()).stream().flatMap(List::stream).toList();
  }
}
