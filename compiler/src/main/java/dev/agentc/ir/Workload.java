package dev.agentc.ir;

import dev.agentc.source.Span;
import java.util.Optional;

/**
 * One thing that runs: an agent, a model server, a swarm router or a store.
 *
 * @param name DNS-1123 name, unique in the plan
 * @param id the declaration it comes from (`module.name`)
 * @param span the declaration's name in the source
 * @param served for a model server, the model it serves
 */
public record Workload(
    String name,
    String id,
    Role role,
    Span span,
    Container container,
    Resources resources,
    Placement placement,
    Optional<Tee> tee,
    Scaling scaling,
    Optional<Rollout> rollout,
    Optional<Exposure> expose,
    Optional<RateLimit> rateLimit,
    Egress egress,
    Optional<Storage> storage,
    Session session,
    Optional<Budget> budget,
    Optional<ServedModel> served) {

  /** `session`: whether a client keeps talking to the same replica. */
  public enum Session { STATELESS, STICKY, SHARED }
}
