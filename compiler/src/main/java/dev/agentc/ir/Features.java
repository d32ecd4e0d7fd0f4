package dev.agentc.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where a plan asks for each {@link Feature}, with the span of the text that asked. */
public final class Features {
  private Features() {}

  public static List<Feature.Use> uses(Plan plan) {
    List<Feature.Use> uses = new ArrayList<>();
    for (Workload w : plan.workloads()) {
      String n = w.name();
      w.resources().gpu().ifPresent(g -> uses.add(new Feature.Use(Feature.GPU, n, g.span())));
      if (!w.placement().regions().isEmpty() && w.placement().inheritedFrom().isEmpty()) {
        uses.add(new Feature.Use(Feature.REGIONS, n, w.placement().span()));
      }
      w.placement().spot().ifPresent(s -> uses.add(new Feature.Use(Feature.SPOT, n, s.span())));
      w.tee().ifPresent(t -> uses.add(new Feature.Use(Feature.TEE, n, t.span())));
      Scaling s = w.scaling();
      Optional<Scaling.Trigger> event = s.eventTrigger();
      if (event.isPresent()) {
        uses.add(new Feature.Use(Feature.EVENT_SCALING, n, event.get().span()));
      } else if (s.autoscales()) {
        uses.add(new Feature.Use(Feature.AUTOSCALING, n, s.span()));
      }
      w.rollout().filter(r -> r.strategy() != Rollout.Strategy.ROLLING).ifPresent(r -> uses.add(new Feature.Use(Feature.ROLLOUT, n, r.span())));
      w.expose().ifPresent(e -> uses.add(new Feature.Use(Feature.EXPOSE, n, e.span())));
      w.rateLimit().ifPresent(r -> uses.add(new Feature.Use(Feature.RATE_LIMIT, n, r.span())));
      if (w.egress().restricted() && !w.egress().hosts().isEmpty()) {
        uses.add(new Feature.Use(Feature.EGRESS, n, w.egress().hosts().get(0).span()));
      }
      if (w.role() == Role.STORE) uses.add(new Feature.Use(Feature.STORE, n, w.span()));
      if (w.role() == Role.ROUTER) uses.add(new Feature.Use(Feature.SWARM, n, w.span()));
      for (EnvVar e : w.container().env()) {
        if (e.value() instanceof EnvVar.Value.Secret) {
          uses.add(new Feature.Use(Feature.SECRET, n, e.span()));
          break;
        }
      }
      w.budget().ifPresent(b -> uses.add(new Feature.Use(Feature.BUDGET, n, b.span())));
    }
    plan.maxMonthly().ifPresent(b -> uses.add(new Feature.Use(Feature.BUDGET, plan.dnsName(), b.span())));
    return uses;
  }
}
