package dev.agentc.analysis.cost;

import static dev.agentc.analysis.cost.WorkloadCost.money;

import dev.agentc.analysis.Analysis;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Budget;
import dev.agentc.ir.Plan;
import dev.agentc.model.Model;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Budgets against the {@link Costs cost model}: an agent's `budget` against its own replicas, a
 * policy's `max_monthly` against the whole deploy. Over budget at the minimum replicas is an error
 * (the deploy costs that much idle); over at the maximum is a warning whose hint gives the largest
 * `max` the budget pays for.
 */
public final class BudgetCheck implements Analysis {
  @Override
  public List<Diagnostic> check(Model model, Plan plan) {
    DeployCost cost = Costs.of(plan);
    List<Diagnostic> out = new ArrayList<>();
    for (WorkloadCost w : cost.workloads()) w.workload().budget().ifPresent(b -> agent(plan, w, b).ifPresent(out::add));
    plan.maxMonthly().flatMap(b -> deploy(plan, cost, b)).ifPresent(out::add);
    return out;
  }

  private static Optional<Diagnostic> agent(Plan plan, WorkloadCost w, Budget budget) {
    if (within(w, budget)) return Optional.empty(); // the common case: no message to build
    String who = "`" + declared(w) + "` (deploy `" + plan.name() + "`)";
    Optional<Diagnostic.Builder> unpriced = unpriced(budget, who, w.unknown());
    if (unpriced.isPresent()) return unpriced.map(d -> d.label(w.workload().span(), "this workload").build());
    BigDecimal perReplica = w.perReplica().get();
    if (w.atMin().get().compareTo(budget.monthly()) > 0) {
      return Optional.of(atReplicas(Diagnostic.of(Code.E0602, budget.span(), who + " costs " + money(w.atMin().get()) + " USD a month at its minimum of " + replicas(w.min())
              + ", over its budget of " + money(budget.monthly()) + " USD: " + w.min() + " × " + each(w))
          .hint(perReplica.compareTo(budget.monthly()) > 0
              ? "one replica alone costs more: request less `cpu`, `memory` or GPU, allow `spot`, or raise the budget"
              : "lower the minimum to " + replicas(largest(budget.monthly(), perReplica)) + ", or raise the budget to " + money(w.atMin().get()) + " USD/month"),
          w, "the minimum replicas"));
    }
    if (w.atMax().get().compareTo(budget.monthly()) > 0) {
      return Optional.of(atReplicas(Diagnostic.of(Code.W0603, budget.span(), who + " would cost " + money(w.atMax().get()) + " USD a month at its maximum of "
              + replicas(w.max()) + ", over its budget of " + money(budget.monthly()) + " USD: " + w.max() + " × " + each(w))
          .hint("the budget pays for at most " + replicas(largest(budget.monthly(), perReplica)) + ": `replicas = " + w.min() + ".."
              + largest(budget.monthly(), perReplica) + "`, or raise the budget to " + money(w.atMax().get()) + " USD/month"),
          w, "the maximum replicas"));
    }
    return Optional.empty();
  }

  /** Priced in the catalog's currency and within the budget at both its minimum and its maximum replicas. */
  private static boolean within(WorkloadCost w, Budget budget) {
    return budget.currency().equals(DeployCost.CURRENCY) && w.perReplica().isPresent()
        && w.atMin().get().compareTo(budget.monthly()) <= 0 && w.atMax().get().compareTo(budget.monthly()) <= 0;
  }

  /** What one replica costs, with the arithmetic: only for a message (most workloads are within budget). */
  private static String each(WorkloadCost w) { return money(w.perReplica().get()) + " USD a month per replica = " + w.formula(); }

  private static Optional<Diagnostic> deploy(Plan plan, DeployCost cost, Budget budget) {
    String who = "deploy `" + plan.name() + "`";
    Optional<String> unknown = cost.workloads().stream().flatMap(w -> w.unknown().map(u -> "`" + declared(w) + "`: " + u).stream()).findFirst();
    Optional<Diagnostic.Builder> unpriced = unpriced(budget, who, unknown);
    if (unpriced.isPresent()) return unpriced.map(d -> d.label(plan.span(), "the deploy").build());
    BigDecimal min = cost.atMin().get();
    BigDecimal max = cost.atMax().get();
    String limit = "the `max_monthly` of " + money(budget.monthly()) + " USD";
    if (min.compareTo(budget.monthly()) > 0) {
      return Optional.of(Diagnostic.of(Code.E0602, budget.span(), who + " costs " + money(min) + " USD a month with every workload at its minimum replicas, over "
              + limit + " (`agentc cost` shows each workload's share)")
          .label(plan.span(), "the deploy").hint("lower the minimum replicas or the requests of its workloads, or raise `max_monthly` to " + money(min) + " USD/month")
          .build());
    }
    if (max.compareTo(budget.monthly()) <= 0) return Optional.empty();
    return Optional.of(Diagnostic.of(Code.W0603, budget.span(), who + " would cost " + money(max) + " USD a month with every workload at its maximum replicas, over "
            + limit + " (`agentc cost` shows each workload's share)")
        .label(plan.span(), "the deploy").hint(deployHint(cost, budget.monthly(), max)).build());
  }

  /** The largest `max` of the workload whose scaling costs most, the others at their maximum. */
  private static String deployHint(DeployCost cost, BigDecimal budget, BigDecimal max) {
    Optional<WorkloadCost> widest = cost.workloads().stream().filter(w -> w.max() > w.min() && w.perReplica().get().signum() > 0)
        .max(Comparator.comparing((WorkloadCost w) -> w.atMax().get().subtract(w.atMin().get())));
    String raise = "raise `max_monthly` to " + money(max) + " USD/month";
    if (widest.isEmpty()) return raise;
    WorkloadCost w = widest.get();
    long n = largest(budget.subtract(max.subtract(w.atMax().get())), w.perReplica().get());
    if (n < w.min()) return "lower the maximum replicas of several workloads, or " + raise;
    return "with the others at their maximum, the budget pays for at most " + replicas(n) + " of `" + declared(w) + "`: `replicas = "
        + w.min() + ".." + n + "`, or " + raise;
  }

  /** A budget the cost model cannot compare: in another currency, or with a price the catalog lacks. */
  private static Optional<Diagnostic.Builder> unpriced(Budget budget, String who, Optional<String> unknown) {
    if (!budget.currency().equals(DeployCost.CURRENCY)) {
      return Optional.of(Diagnostic.of(Code.W0605, budget.span(), "the budget of " + who + " is in " + budget.currency() + ", and the catalog's prices are in "
          + DeployCost.CURRENCY + ", so agentc cannot check it").hint("write the budget in " + DeployCost.CURRENCY + " at your exchange rate"));
    }
    return unknown.map(u -> Diagnostic.of(Code.W0604, budget.span(), "the budget of " + who + " cannot be checked: its cost is unknown because " + u)
        .hint("add the missing price to the catalog entry (agentc never takes a missing price as zero)"));
  }

  /** The workload's name as declared (`support_bot`, not its object name `support-bot`). */
  private static String declared(WorkloadCost w) { return w.workload().id().substring(w.workload().id().lastIndexOf('.') + 1); }

  /** Points at the workload's `replicas` when it has some (a workload without `scale` runs one). */
  private static Diagnostic atReplicas(Diagnostic.Builder d, WorkloadCost w, String label) {
    if (!w.workload().scaling().span().isNone()) d.label(w.workload().scaling().span(), label);
    return d.build();
  }

  private static String replicas(long n) { return n + (n == 1 ? " replica" : " replicas"); }

  /** How many replicas of this price the budget pays for. */
  private static long largest(BigDecimal budget, BigDecimal perReplica) {
    return budget.signum() <= 0 ? 0 : budget.divide(perReplica, 0, RoundingMode.FLOOR).longValue();
  }
}
