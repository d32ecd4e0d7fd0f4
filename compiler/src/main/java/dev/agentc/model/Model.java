package dev.agentc.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The typed model of a checked project, the sole input of every later stage: every declaration
 * (user and std) by id, and every non-abstract deploy resolved.
 */
public record Model(Map<String, Entity> entities, List<Deployment> deployments) {
  public Model {
    // sorted for iteration, hashed for the lookups every later stage makes per reference
    entities = Collections.unmodifiableMap(new LinkedHashMap<>(inIdOrder(entities.keySet()) ? entities : new TreeMap<>(entities)));
    deployments = List.copyOf(deployments);
  }

  /** Whether {@code ids} iterate in order: the checker's map does, and is not sorted again then. */
  private static boolean inIdOrder(Iterable<String> ids) {
    String previous = null;
    for (String id : ids) {
      if (previous != null && previous.compareTo(id) >= 0) return false;
      previous = id;
    }
    return true;
  }

  public Optional<Entity> entity(String id) { return Optional.ofNullable(entities.get(id)); }

  /** The declaration a reference points at. */
  public Entity resolve(Value.Ref ref) {
    Entity e = entities.get(ref.id());
    if (e == null) throw new IllegalStateException("dangling reference " + ref.id());
    return e;
  }

  public List<Entity> ofKind(String kind) { return entities.values().stream().filter(e -> e.kind().equals(kind)).toList(); }
}
