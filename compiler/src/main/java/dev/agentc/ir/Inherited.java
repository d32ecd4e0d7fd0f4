package dev.agentc.ir;

import dev.agentc.source.Span;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The placement of a workload that serves others (a model server, a store, a swarm router): it
 * runs in every cluster one of them runs in, and in the union of their regions — unless one of
 * them may run anywhere, which leaves it unpinned too.
 */
final class Inherited {
  private Inherited() {}

  static Placement placement(List<Workload> users) {
    TreeMap<String, Placement.Region> regions = new TreeMap<>();
    TreeMap<String, String> clusters = new TreeMap<>();
    Set<String> from = new LinkedHashSet<>();
    boolean anyUnpinned = false;
    Span span = Span.NONE; // the first user's that has one
    // indexed, one pass, no stream or lambda per user: a shared model server or store has hundreds
    for (int i = 0; i < users.size(); i++) {
      Workload u = users.get(i);
      Placement p = u.placement();
      List<Placement.Region> own = p.regions();
      for (int j = 0; j < own.size(); j++) regions.putIfAbsent(own.get(j).id(), own.get(j));
      List<String> in = p.clusters();
      for (int j = 0; j < in.size(); j++) clusters.put(in.get(j), in.get(j));
      from.add(u.name());
      if (own.isEmpty()) anyUnpinned = true;
      if (span.isNone()) span = p.span();
    }
    return new Placement(anyUnpinned ? List.of() : List.copyOf(regions.values()), List.copyOf(clusters.values()), Optional.empty(), List.copyOf(from), span);
  }
}
