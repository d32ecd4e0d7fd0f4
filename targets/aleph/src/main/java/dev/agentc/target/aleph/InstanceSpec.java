package dev.agentc.target.aleph;

import dev.agentc.ir.Names;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Settings;
import dev.agentc.ir.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * One INSTANCE to create: a replica of a workload in one slot. A workload gets its `min`
 * replicas (at least one) in every slot, since Aleph has no autoscaler (TARGETS.md "⚠ `min`
 * instances"). Named `<workload>[-<region>]-<replica>`.
 */
record InstanceSpec(Workload workload, Placements.Slot slot, int replica) {
  String name() {
    return workload.name() + slot.region().map(r -> "-" + Names.dns(r.name())).orElse("") + "-" + replica;
  }

  /** Every instance of the plan, in workload order, then slot, then replica. */
  static List<InstanceSpec> of(Plan plan, Settings.Aleph aleph) {
    List<InstanceSpec> out = new ArrayList<>();
    for (Workload w : plan.workloads()) {
      int replicas = Math.max(1, w.scaling().min());
      for (Placements.Slot slot : Placements.slots(plan, w, aleph)) {
        for (int i = 1; i <= replicas; i++) out.add(new InstanceSpec(w, slot, i));
      }
    }
    return out;
  }
}
