package dev.agentc.model;

import java.util.List;
import java.util.Map;

/**
 * One `deploy` resolved: its settings, its policies, and the agents and swarms it deploys
 * (swarm members included) with the deploy's `override` blocks applied, keyed by id, sorted.
 */
public record Deployment(Entity deploy, List<Entity> policies, Map<String, Entity> workloads) {
  public Deployment {
    policies = List.copyOf(policies);
    workloads = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(workloads));
  }

  public String name() { return deploy.name(); }
}
