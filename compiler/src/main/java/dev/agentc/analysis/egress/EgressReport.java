package dev.agentc.analysis.egress;

import dev.agentc.ir.Egress;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Role;
import dev.agentc.ir.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every host each workload of a deploy may call (`agentc check --explain-egress`): the tools and
 * model providers outside the deploy, the workloads inside it, and how each target the deploy
 * builds for holds the workload to them.
 *
 * @param restricted a policy limits egress to these hosts (`egress = tools_only`)
 * @param enforcement per target, what its artefacts let a workload reach
 * @param workloads those that call anything, sorted by name
 */
public record EgressReport(String deploy, boolean restricted, SortedMap<String, String> enforcement, List<Entry> workloads) {
  public EgressReport {
    enforcement = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(enforcement));
    workloads = List.copyOf(workloads);
  }

  /** One workload's destinations: hosts outside the deploy, and peers inside it. */
  public record Entry(String workload, List<Egress.Host> hosts, List<Egress.Peer> peers) {
    public Entry {
      hosts = List.copyOf(hosts);
      peers = List.copyOf(peers);
    }
  }

  public static EgressReport of(Plan plan) {
    List<Entry> entries = new ArrayList<>();
    boolean restricted = false;
    for (Workload w : plan.workloads()) {
      boolean sends = w.role() == Role.SERVICE || w.role() == Role.WORKER || w.role() == Role.ROUTER;
      if (sends) restricted |= w.egress().restricted();
      if (!w.egress().hosts().isEmpty() || !w.egress().peers().isEmpty()) entries.add(new Entry(w.name(), w.egress().hosts(), w.egress().peers()));
    }
    SortedMap<String, String> enforcement = new TreeMap<>();
    String open = restricted ? "not enforced: " : "any host: ";
    plan.settings().kubernetes().ifPresent(k -> enforcement.put("kubernetes", k.network().equals("cilium")
        ? "only these hosts (CiliumNetworkPolicy toFQDNs)"
        : "their ports on any address (a core NetworkPolicy cannot name hosts)"));
    plan.settings().compose().ifPresent(c -> enforcement.put("compose", open + "Compose networks do not restrict outbound traffic"));
    plan.settings().aleph().ifPresent(a -> enforcement.put("aleph", open + "Aleph instances have open internet access"));
    return new EgressReport(plan.name(), restricted, enforcement, entries);
  }
}
