package dev.agentc.target.kubernetes;

import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetSpecBuilder;
import java.util.Optional;

/**
 * A `policy/v1` PodDisruptionBudget for every workload that always runs two or more replicas, so
 * a node drain takes them down one at a time. A single replica gets none: a budget of zero
 * unavailable pods would block drains forever (reference §5.4).
 */
final class DisruptionBudgets {
  private final Labels labels;

  DisruptionBudgets(Labels labels) { this.labels = labels; }

  Optional<PodDisruptionBudget> of(Workload w) {
    if (w.scaling().min() < 2) return Optional.empty();
    PodDisruptionBudgetSpec spec = new PodDisruptionBudgetSpecBuilder().withMaxUnavailable(new IntOrString(1))
        .withUnhealthyPodEvictionPolicy("AlwaysAllow").build();
    spec.setSelector(labels.podSelector(w.name()));
    PodDisruptionBudget budget = labels.named(new PodDisruptionBudget(), w.name(), w.name());
    budget.setSpec(spec); // on the built budget, as a builder would copy it (see PodTemplates)
    return Optional.of(budget);
  }
}
