package dev.agentc.graph;

import java.util.List;
import java.util.Optional;

/**
 * The architecture of one deploy, as {@code agentc graph} draws it: the entry, swarm routers,
 * agents, model servers, stores and the external hosts they reach, grouped by where they run,
 * with labelled edges. Built from the deploy's plan by {@link Graphs}; every list is in a
 * deterministic order, so the writers' output is stable.
 *
 * @param deploy the deploy's name
 */
public record Graph(String deploy, List<Group> groups, List<Node> nodes, List<Edge> edges) {
  public Graph {
    groups = List.copyOf(groups);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** What a node is; each writer gives each kind its own shape. */
  public enum Kind { ENTRY, ROUTER, AGENT, WORKER, MODEL_SERVER, STORE, EXTERNAL }

  /** Where a set of workloads runs: their clusters, or else their regions. */
  public record Group(String id, String label) {}

  /**
   * @param id unique in the graph, letters, digits and {@code _}
   * @param detail the second line of its label: what it is, its GPUs, replicas, TEE
   * @param group the id of its group; empty at the top level
   */
  public record Node(String id, Kind kind, String name, String detail, Optional<String> group) {}

  /** @param label the protocol or relation: {@code HTTP}, {@code redis}, {@code queue jobs}, {@code egress} */
  public record Edge(String from, String to, String label) {}
}
