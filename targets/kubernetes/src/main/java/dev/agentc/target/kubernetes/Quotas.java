package dev.agentc.target.kubernetes;

import dev.agentc.analysis.cost.Footprint;
import dev.agentc.ir.Role;
import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRangeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A budget's guard-rail in a cluster (reference §4): Kubernetes counts resources, not money, so a
 * deploy with a budget (an agent's `budget` or a policy's `max_monthly`) gets a ResourceQuota
 * sized to what its workloads in that cluster request at their most — each replica's
 * {@link Footprint}, the numbers the compiler's cost model prices, × the pods they can run at
 * once — and a LimitRange whose default requests cover containers that declare none (once a quota
 * covers cpu and memory, every pod must request them).
 *
 * <p>The pods a workload can run at once include its rollout's extra pods: one surge pod for a
 * Deployment, a whole second set for an Argo Rollout (the blue-green preview, or the canary at
 * full weight), none for a StatefulSet, which replaces pods in place. The dollar check itself is
 * the compiler's cost analysis.
 */
final class Quotas {
  private final Deploy deploy;
  private final Labels labels;
  private final Rollouts rollouts;

  Quotas(Deploy deploy, Labels labels, Rollouts rollouts) {
    this.deploy = deploy;
    this.labels = labels;
    this.rollouts = rollouts;
  }

  boolean budgeted() {
    return deploy.plan().maxMonthly().isPresent() || deploy.plan().workloads().stream().anyMatch(w -> w.budget().isPresent());
  }

  /** The quota and defaults of one cluster's workloads; nothing when the deploy has no budget. */
  List<HasMetadata> of(List<Workload> workloads) {
    if (!budgeted()) return List.of();
    String app = deploy.plan().dnsName();
    BigDecimal cpu = BigDecimal.ZERO;
    long memory = 0;
    long pods = 0;
    Map<String, Long> gpus = new TreeMap<>();
    for (Workload w : workloads) {
      long n = maxPods(w);
      pods += n;
      Footprint replica = Footprint.of(w);
      cpu = cpu.add(replica.cpu().multiply(BigDecimal.valueOf(n)));
      memory += replica.memoryBytes() * n;
      if (replica.gpus() > 0) gpus.merge(Compute.gpuResource(w, Confidential.of(w, deploy)), (long) replica.gpus() * n, Long::sum);
    }
    Map<String, Quantity> hard = new TreeMap<>();
    hard.put("requests.cpu", Quantities.cpu(cpu));
    hard.put("requests.memory", Quantities.bytes(memory));
    gpus.forEach((resource, count) -> hard.put("requests." + resource, Quantities.count(count)));
    hard.put("pods", Quantities.count(pods));
    return List.of(
        labels.named(new ResourceQuotaBuilder().withNewSpec().withHard(hard).endSpec().build(), app + "-budget", app),
        labels.named(new LimitRangeBuilder().withNewSpec().addNewLimit().withType("Container")
            .addToDefaultRequest("cpu", Quantities.cpu(Footprint.DEFAULT_CPU)).addToDefaultRequest("memory", Quantities.bytes(Footprint.DEFAULT_MEMORY))
            .endLimit().endSpec().build(), app + "-defaults", app));
  }

  private long maxPods(Workload w) {
    long max = w.scaling().max();
    if (w.role() == Role.STORE) return max;
    return rollouts.argo(w) ? 2 * max : max + 1;
  }
}
