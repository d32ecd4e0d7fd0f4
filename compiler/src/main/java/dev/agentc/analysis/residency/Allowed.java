package dev.agentc.analysis.residency;

import dev.agentc.model.Entity;
import dev.agentc.model.Model;
import dev.agentc.model.Value;
import dev.agentc.source.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The jurisdictions one policy's `residency` admits: those it names, and every jurisdiction of a
 * group it names (`APAC`). A region carries its own groups; a provider names only a
 * jurisdiction, whose groups are those the region catalog gives it (std.region: HK, SG, JP, IN,
 * AU are APAC).
 */
record Allowed(String policy, List<String> names, Span span, Map<String, Set<String>> groupsByJurisdiction) {
  static Allowed of(Model model, Entity policy, Value.ListOf residency) {
    Map<String, Set<String>> groups = new TreeMap<>();
    for (Entity region : model.ofKind("region")) {
      if (region.isAbstract()) continue; // a template may lack its jurisdiction
      groups.computeIfAbsent(Catalog.jurisdiction(region), j -> new TreeSet<>()).addAll(Catalog.groups(region));
    }
    return new Allowed(policy.name(), residency.items().stream().map(v -> ((Value.Enum) v).value()).toList(), residency.span(), groups);
  }

  boolean admits(String jurisdiction, List<String> groups) {
    return names.contains(jurisdiction) || groups.stream().anyMatch(names::contains);
  }

  boolean admits(String jurisdiction) { return admits(jurisdiction, List.copyOf(groupsByJurisdiction.getOrDefault(jurisdiction, Set.of()))); }

  /** `[EU, CH]`, as the policy wrote it. */
  String written() { return "[" + String.join(", ", names) + "]"; }

  /** How messages name the rule: `[EU] (policy `gdpr`)`. */
  String rule() { return written() + " (policy `" + policy + "`)"; }
}
