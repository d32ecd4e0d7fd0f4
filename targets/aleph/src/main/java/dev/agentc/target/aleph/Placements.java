package dev.agentc.target.aleph;

import dev.agentc.ir.Placement;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Role;
import dev.agentc.ir.Settings;
import dev.agentc.ir.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a workload's instances go. CRNs carry no region (aleph.md §7.3), so the deploy's `nodes`
 * map each region to the CRN its instances are pinned to with `requirements.node.node_hash`.
 *
 * <p>A workload runs in its own regions. A store that names none runs where its users run, and a
 * swarm router where its members run (as on Kubernetes, where they follow their users into each
 * cluster), unless one of them runs anywhere. A workload that runs anywhere gets one slot on the
 * deploy's first node, or an unpinned slot when the deploy maps no node.
 */
final class Placements {
  private Placements() {}

  /** One place instances go: the region they were asked for (absent for anywhere) and the CRN they are pinned to. */
  record Slot(Optional<Placement.Region> region, Optional<Settings.Node> node) {}

  static List<Placement.Region> regions(Plan plan, Workload w) {
    if (!w.placement().regions().isEmpty()) return w.placement().regions();
    List<String> followed = switch (w.role()) {
      case STORE -> w.placement().inheritedFrom();
      case ROUTER -> plan.swarms().stream().filter(s -> s.router().equals(w.name())).flatMap(s -> s.members().stream()).toList();
      default -> List.of();
    };
    TreeMap<String, Placement.Region> union = new TreeMap<>();
    for (String name : followed) {
      Optional<Workload> other = plan.workload(name).filter(o -> o.role() != Role.STORE && o.role() != Role.ROUTER);
      if (other.isEmpty() || other.get().placement().regions().isEmpty()) return List.of();
      other.get().placement().regions().forEach(r -> union.putIfAbsent(r.id(), r));
    }
    return List.copyOf(union.values());
  }

  /** The node the deploy maps {@code region} to. */
  static Optional<Settings.Node> node(Settings.Aleph aleph, Placement.Region region) {
    return aleph.nodes().stream().filter(n -> n.regionId().equals(region.id())).findFirst();
  }

  /** One slot per region that has a node; {@link AlephChecks} reports the regions that have none. */
  static List<Slot> slots(Plan plan, Workload w, Settings.Aleph aleph) {
    List<Placement.Region> regions = regions(plan, w);
    if (regions.isEmpty()) return List.of(new Slot(Optional.empty(), aleph.nodes().stream().findFirst()));
    List<Slot> out = new ArrayList<>();
    for (Placement.Region r : regions) node(aleph, r).ifPresent(n -> out.add(new Slot(Optional.of(r), Optional.of(n))));
    return out;
  }
}
