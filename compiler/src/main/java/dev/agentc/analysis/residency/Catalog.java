package dev.agentc.analysis.residency;

import dev.agentc.model.Entity;
import dev.agentc.model.Model;
import dev.agentc.model.Value;
import java.util.List;
import java.util.Optional;

/** Reads of region and provider catalog entries (std.region, std.provider, or a user's own). */
final class Catalog {
  private Catalog() {}

  static String jurisdiction(Entity entry) { return ((Value.Enum) entry.get("jurisdiction").orElseThrow()).value(); }

  static List<String> groups(Entity region) {
    return region.get("groups").map(v -> ((Value.ListOf) v).items().stream().map(g -> ((Value.Enum) g).value()).toList()).orElse(List.of());
  }

  /** The first region (by id) the policy admits, to suggest in a hint. */
  static Optional<String> admittedRegion(Model model, Allowed allowed) {
    return model.ofKind("region").stream().filter(r -> !r.isAbstract() && allowed.admits(jurisdiction(r), groups(r))).map(Entity::name).findFirst();
  }

  /** The catalog's providers whose API processes data where the policy admits, to suggest in a hint. */
  static List<String> admittedProviders(Model model, Allowed allowed) {
    return model.ofKind("provider").stream().filter(p -> !p.isAbstract() && allowed.admits(jurisdiction(p))).map(Entity::name).toList();
  }
}
