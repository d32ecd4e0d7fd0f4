package dev.agentc.target.kubernetes;

import dev.agentc.ir.Container;
import dev.agentc.ir.Egress;
import dev.agentc.ir.Role;
import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a workload's pods may connect (reference §5.3): DNS, the workloads it uses (stores, model
 * servers, swarm members), and the hosts of its tools and model providers. Ingress is left open.
 *
 * <p>A core NetworkPolicy cannot name hosts, so it opens the hosts' ports to any address. With
 * `network = cilium` (TARGETS.md), a workload with hosts gets a CiliumNetworkPolicy instead, with
 * `toFQDNs` and the DNS rule that lets Cilium learn the hosts' addresses; a policy that restricts
 * egress to the declared hosts (`egress = tools_only`) needs it, and the compiler rejects that
 * policy on a standard network.
 *
 * <p>Peer rules name the peer's container port, not its Service port: policies see traffic after
 * the Service has translated it. A model server gets no policy: it downloads its weights from a
 * host the plan does not name. A store with several replicas may reach its own pods.
 */
final class NetworkPolicies {
  static final String CILIUM_API_VERSION = "cilium.io/v2";
  static final String CILIUM_KIND = "CiliumNetworkPolicy";
  /** Any address, for the ports of hosts a core policy cannot name; shared, as built objects are only read. */
  private static final NetworkPolicyPeer ANYWHERE = new NetworkPolicyPeerBuilder().withNewIpBlock().withCidr("0.0.0.0/0").endIpBlock().build();
  /** The rule every core policy starts with, shared: built objects are only read. */
  private static final NetworkPolicyEgressRule DNS = new NetworkPolicyEgressRuleBuilder()
      .addNewTo().withNewNamespaceSelector().addToMatchLabels("kubernetes.io/metadata.name", "kube-system").endNamespaceSelector()
      .withNewPodSelector().addToMatchLabels("k8s-app", "kube-dns").endPodSelector().endTo()
      .withPorts(port("UDP", 53), port("TCP", 53)).build();

  private final Deploy deploy;
  private final Labels labels;
  /** The rule to a peer's ports, built once: the workloads of a deploy share their peers (a model server, a store). */
  private final Map<PeerPorts, NetworkPolicyEgressRule> peerRules = new ConcurrentHashMap<>();
  /** The rule to the ports of hosts, built once per set of ports: workloads share their tools' ports (443). */
  private final Map<List<Integer>, NetworkPolicyEgressRule> hostRules = new ConcurrentHashMap<>();

  // equals and hashCode written out: a record's own run through method handles, slow in agentc's C1-only JVM.
  private record PeerPorts(String peer, List<Integer> ports) {
    @Override
    public boolean equals(Object o) { return o instanceof PeerPorts k && k.peer.equals(peer) && k.ports.equals(ports); }

    @Override
    public int hashCode() { return peer.hashCode() * 31 + ports.hashCode(); }
  }

  NetworkPolicies(Deploy deploy, Labels labels) {
    this.deploy = deploy;
    this.labels = labels;
  }

  static String name(Workload w) { return w.name() + "-egress"; }

  Optional<HasMetadata> of(Workload w) {
    if (w.role() == Role.MODEL_SERVER) return Optional.empty();
    boolean fqdn = deploy.cilium() && !w.egress().hosts().isEmpty();
    return Optional.of(fqdn ? cilium(w) : core(w));
  }

  // Each object is built once and set on the one that holds it: a builder would copy it (see PodTemplates).
  private HasMetadata core(Workload w) {
    List<NetworkPolicyEgressRule> rules = new ArrayList<>();
    rules.add(DNS);
    if (reachesItself(w)) rules.add(rule(pods(w.name()), List.of()));
    peerPorts(w).forEach((peer, ports) -> rules.add(SharedParts.get(peerRules, new PeerPorts(peer, List.copyOf(ports)),
        k -> rule(pods(k.peer()), k.ports().stream().map(p -> port("TCP", p)).toList()))));
    Set<Integer> hostPorts = new TreeSet<>();
    w.egress().hosts().forEach(h -> hostPorts.add(h.port()));
    if (!hostPorts.isEmpty()) {
      rules.add(SharedParts.get(hostRules, List.copyOf(hostPorts), ports -> rule(ANYWHERE, ports.stream().map(p -> port("TCP", p)).toList())));
    }
    NetworkPolicySpec spec = new NetworkPolicySpec();
    spec.setPolicyTypes(new ArrayList<>(List.of("Egress")));
    spec.setPodSelector(labels.podSelector(w.name()));
    spec.setEgress(rules);
    NetworkPolicy policy = labels.named(new NetworkPolicy(), name(w), w.name());
    policy.setSpec(spec);
    return policy;
  }

  private static NetworkPolicyEgressRule rule(NetworkPolicyPeer to, List<NetworkPolicyPort> ports) {
    NetworkPolicyEgressRule rule = new NetworkPolicyEgressRule();
    rule.setTo(new ArrayList<>(List.of(to)));
    rule.setPorts(new ArrayList<>(ports));
    return rule;
  }

  /** The pods of workload {@code app}. */
  private NetworkPolicyPeer pods(String app) {
    NetworkPolicyPeer peer = new NetworkPolicyPeer();
    peer.setPodSelector(labels.podSelector(app));
    return peer;
  }

  private HasMetadata cilium(Workload w) {
    List<Object> rules = new ArrayList<>();
    rules.add(Map.of(
        "toEndpoints", List.of(Map.of("matchLabels", Map.of("k8s:io.kubernetes.pod.namespace", "kube-system", "k8s:k8s-app", "kube-dns"))),
        "toPorts", List.of(Map.of("ports", List.of(ciliumPort("53", "ANY")), "rules", Map.of("dns", List.of(Map.of("matchPattern", "*")))))));
    if (reachesItself(w)) rules.add(Map.of("toEndpoints", List.of(Map.of("matchLabels", labels.selector(w.name())))));
    peerPorts(w).forEach((peer, ports) -> rules.add(Map.of(
        "toEndpoints", List.of(Map.of("matchLabels", labels.selector(peer))),
        "toPorts", List.of(Map.of("ports", ports.stream().map(p -> ciliumPort(Integer.toString(p), "TCP")).toList())))));
    Map<Integer, Set<String>> hostsByPort = new TreeMap<>();
    for (Egress.Host h : w.egress().hosts()) hostsByPort.computeIfAbsent(h.port(), p -> new TreeSet<>()).add(h.host());
    hostsByPort.forEach((port, hosts) -> rules.add(Map.of(
        "toFQDNs", hosts.stream().map(h -> Map.of(h.contains("*") ? "matchPattern" : "matchName", h)).toList(),
        "toPorts", List.of(Map.of("ports", List.of(ciliumPort(Integer.toString(port), "TCP")))))));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("endpointSelector", Map.of("matchLabels", labels.selector(w.name())));
    spec.put("egress", rules);
    return CustomResources.of(CILIUM_API_VERSION, CILIUM_KIND, labels.meta(name(w), w.name()), spec);
  }

  private static boolean reachesItself(Workload w) { return w.role() == Role.STORE && w.scaling().min() > 1; }

  /** The container ports of each peer, in the order the plan lists the peers. */
  private Map<String, Set<Integer>> peerPorts(Workload w) {
    Map<String, Set<Integer>> out = new LinkedHashMap<>();
    for (Egress.Peer p : w.egress().peers()) {
      int port = deploy.workload(p.workload()).flatMap(peer -> peer.container().port()).map(Container.Port::number).orElse(p.port());
      out.computeIfAbsent(p.workload(), k -> new LinkedHashSet<>()).add(port);
    }
    return out;
  }

  private static NetworkPolicyPort port(String protocol, int port) {
    return new NetworkPolicyPortBuilder().withProtocol(protocol).withPort(new IntOrString(port)).build();
  }

  private static Map<String, String> ciliumPort(String port, String protocol) { return Map.of("port", port, "protocol", protocol); }
}
