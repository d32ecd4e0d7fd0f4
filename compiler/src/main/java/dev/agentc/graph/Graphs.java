package dev.agentc.graph;

import dev.agentc.graph.Graph.Edge;
import dev.agentc.graph.Graph.Group;
import dev.agentc.graph.Graph.Kind;
import dev.agentc.graph.Graph.Node;
import dev.agentc.ir.Egress;
import dev.agentc.ir.EnvVar;
import dev.agentc.ir.Placement;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Scaling;
import dev.agentc.ir.Scaling.Trigger;
import dev.agentc.ir.Settings;
import dev.agentc.ir.Sourced;
import dev.agentc.ir.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the {@link Graph} of a plan. Edges come from the IR alone: the gateway to what is
 * exposed, each workload to the peers its {@link Egress} names (labelled with the scheme of the
 * endpoint it is given), a queue store to the workers it scales, and each workload to the
 * external hosts of its tools and model providers.
 */
public final class Graphs {
  private static final String ENTRY = "entry";

  private Graphs() {}

  public static Graph of(Plan plan) {
    Map<String, String> groupIds = groupIds(plan);
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    if (plan.workloads().stream().anyMatch(w -> w.expose().isPresent())) {
      String gateway = plan.settings().kubernetes().flatMap(Settings.Kubernetes::gateway).map(Sourced::value).orElse("");
      nodes.add(new Node(ENTRY, Kind.ENTRY, "gateway", gateway, Optional.empty()));
    }
    // External hosts, by name, with what needs them; numbered in sorted order (x1, x2 …) since host names are not ids.
    Map<String, TreeSet<String>> hosts = new TreeMap<>();
    plan.workloads().forEach(w -> w.egress().hosts().forEach(h -> hosts.computeIfAbsent(hostName(h), k -> new TreeSet<>()).add(h.origin())));
    Map<String, String> hostIds = new TreeMap<>();
    hosts.keySet().forEach(h -> hostIds.put(h, "x" + (hostIds.size() + 1)));
    for (Workload w : plan.workloads()) {
      String id = workloadId(w.name());
      nodes.add(new Node(id, kind(w), w.name(), detail(plan, w), placement(w).map(groupIds::get)));
      w.expose().ifPresent(x -> edges.add(new Edge(ENTRY, id, (x.tls() ? "HTTPS " : "HTTP ") + x.host() + (x.path().equals("/") ? "" : x.path()))));
      List<Trigger.Queue> queues = w.scaling().triggers().stream().filter(Trigger.Queue.class::isInstance).map(Trigger.Queue.class::cast).toList();
      for (Egress.Peer p : w.egress().peers()) {
        if (queues.stream().noneMatch(q -> q.store().equals(p.workload()))) edges.add(new Edge(id, workloadId(p.workload()), scheme(w, p)));
      }
      queues.forEach(q -> edges.add(new Edge(workloadId(q.store()), id, "queue " + q.queue())));
      w.egress().hosts().forEach(h -> edges.add(new Edge(id, hostIds.get(hostName(h)), "egress")));
    }
    hosts.forEach((host, origins) -> nodes.add(new Node(hostIds.get(host), Kind.EXTERNAL, host, String.join(", ", origins), Optional.empty())));
    List<Group> groups = groupIds.entrySet().stream().map(e -> new Group(e.getValue(), e.getKey())).toList();
    List<Edge> sorted = edges.stream().distinct().sorted(Comparator.comparing(Edge::from).thenComparing(Edge::to).thenComparing(Edge::label)).toList();
    return new Graph(plan.name(), groups, nodes, sorted);
  }

  /** Each distinct placement label, numbered in sorted order: {@code g1}, {@code g2} … */
  private static Map<String, String> groupIds(Plan plan) {
    TreeSet<String> labels = new TreeSet<>();
    plan.workloads().forEach(w -> placement(w).ifPresent(labels::add));
    Map<String, String> ids = new TreeMap<>();
    for (String label : labels) ids.put(label, "g" + (ids.size() + 1));
    return ids;
  }

  /** Where a workload runs, as a group label: its clusters, else its regions, else nothing (anywhere). */
  private static Optional<String> placement(Workload w) {
    Placement p = w.placement();
    if (!p.clusters().isEmpty()) return Optional.of((p.clusters().size() == 1 ? "cluster " : "clusters ") + String.join(", ", new TreeSet<>(p.clusters())));
    if (p.regions().isEmpty()) return Optional.empty();
    TreeSet<String> names = new TreeSet<>(p.regions().stream().map(Placement.Region::name).toList());
    return Optional.of((names.size() == 1 ? "region " : "regions ") + String.join(", ", names));
  }

  private static Kind kind(Workload w) {
    return switch (w.role()) {
      case SERVICE -> Kind.AGENT;
      case WORKER -> Kind.WORKER;
      case MODEL_SERVER -> Kind.MODEL_SERVER;
      case ROUTER -> Kind.ROUTER;
      case STORE -> Kind.STORE;
    };
  }

  /** What a workload is, then its GPUs, replicas and TEE: {@code model server · 1 × H100_80GB · 1..3 replicas}. */
  private static String detail(Plan plan, Workload w) {
    List<String> parts = new ArrayList<>();
    parts.add(switch (w.role()) {
      case SERVICE -> "agent";
      case WORKER -> "worker";
      case MODEL_SERVER -> "model server";
      case ROUTER -> "swarm router" + plan.swarms().stream().filter(s -> s.router().equals(w.name())).findFirst().map(s -> " (" + s.routing() + ")").orElse("");
      case STORE -> w.storage().map(s -> s.engine() + " store").orElse("store");
    });
    w.resources().gpu().ifPresent(g -> parts.add(g.count() + " × " + g.gpu().name()));
    Scaling s = w.scaling();
    if (s.min() != s.max()) parts.add(s.min() + ".." + s.max() + " replicas");
    else if (s.min() != 1) parts.add(s.min() + " replicas");
    w.tee().ifPresent(t -> parts.add("TEE " + t.name()));
    return String.join(" · ", parts);
  }

  /** The scheme of the endpoint a workload is given for a peer ({@code HTTP}, {@code redis} …). */
  private static String scheme(Workload w, Egress.Peer p) {
    return w.container().env().stream().map(EnvVar::value).filter(EnvVar.Value.Endpoint.class::isInstance).map(EnvVar.Value.Endpoint.class::cast)
        .filter(e -> e.workload().equals(p.workload())).map(EnvVar.Value.Endpoint::scheme).findFirst().map(s -> s.equals("http") ? "HTTP" : s).orElse("port " + p.port());
  }

  private static String hostName(Egress.Host h) { return h.port() == 443 ? h.host() : h.host() + ":" + h.port(); }

  /** A workload's name is a DNS label ({@code [a-z0-9-]}), so replacing {@code -} keeps ids unique. */
  private static String workloadId(String name) { return "w_" + name.replace('-', '_'); }
}
