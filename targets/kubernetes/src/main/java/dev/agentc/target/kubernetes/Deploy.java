package dev.agentc.target.kubernetes;

import dev.agentc.ir.CloudProfile;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Settings;
import dev.agentc.ir.Workload;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The plan being built together with its `kubernetes` settings, so every builder reads the
 * namespace, the cloud's label family and the other settings from one place.
 *
 * @param byName the plan's workloads by name
 */
record Deploy(Plan plan, Settings.Kubernetes settings, Map<String, Workload> byName) {
  static Deploy of(Plan plan) {
    Map<String, Workload> byName = new HashMap<>();
    plan.workloads().forEach(w -> byName.put(w.name(), w));
    return new Deploy(plan, plan.settings().kubernetes().orElseThrow(), byName);
  }

  String namespace() { return settings.namespace(); }

  CloudProfile cloud() { return settings.cloud(); }

  /** Argo Rollouts runs canary and blue-green rollouts (`rollouts = argo`). */
  boolean argo() { return settings.rollouts().equals("argo"); }

  boolean cilium() { return settings.network().equals("cilium"); }

  /** The deploy maps regions to kube contexts: each cluster is its region, so pods need no region affinity. */
  boolean clustered() { return !settings.clusters().isEmpty(); }

  /** A workload of the plan by name, without scanning the plan's list (plans may hold thousands). */
  Optional<Workload> workload(String name) { return Optional.ofNullable(byName.get(name)); }
}
