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
    for (Workload u : users) {
      u.placement().regions().forEach(r -> regions.putIfAbsent(r.id(), r));
      u.placement().clusters().forEach(c -> clusters.put(c, c));
      from.add(u.name());
    }
    boolean anyUnpinned = users.stream().anyMatch(u -> u.placement().regions().isEmpty());
    Span span = users.stream().map(u -> u.placement().span()).filter(s -> !s.isNone()).findFirst().orElse(Span.NONE);
    return new Placement(anyUnpinned ? List.of() : List.copyOf(regions.values()), List.copyOf(clusters.values()), Optional.empty(), List.copyOf(from), span);
  }
}
