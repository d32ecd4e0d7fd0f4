package dev.agentc.target.kubernetes;

import dev.agentc.Parallel;
import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The objects of one cluster's file, in apply order: what others depend on first (the Namespace,
 * its quota, the identities and Services pods resolve), then the controllers, then what acts on
 * them (autoscalers, disruption budgets, network policies) and last the routes into them. Within
 * a kind, objects follow the plan's workloads, which are sorted by name.
 */
public final class Manifests {
  /** Kinds in the order they are applied. */
  public static final List<String> APPLY_ORDER = List.of("Namespace", "ResourceQuota", "LimitRange", "ServiceAccount", "Service", "StatefulSet",
      "Deployment", "Rollout", "HorizontalPodAutoscaler", "ScaledObject", "PodDisruptionBudget", "NetworkPolicy", "CiliumNetworkPolicy",
      "HTTPRoute", "BackendTrafficPolicy");
  // A map rather than indexOf: every object of every file is looked up.
  private static final Map<String, Integer> RANK = IntStream.range(0, APPLY_ORDER.size()).boxed().collect(Collectors.toMap(APPLY_ORDER::get, i -> i));

  private final Deploy deploy;
  private final Labels labels;
  private final Quotas quotas;
  private final Services services;
  private final Controllers controllers;
  private final Scalers scalers;
  private final DisruptionBudgets budgets;
  private final NetworkPolicies networkPolicies;
  private final Routes routes;
  private final ManifestWriter writer;

  Manifests(Deploy deploy) {
    this.deploy = deploy;
    this.labels = new Labels(deploy);
    Rollouts rollouts = new Rollouts(deploy, labels);
    this.quotas = new Quotas(deploy, labels, rollouts);
    this.services = new Services(labels, rollouts);
    this.controllers = new Controllers(labels, new PodTemplates(deploy, labels), rollouts);
    this.scalers = new Scalers(deploy, labels, rollouts);
    this.budgets = new DisruptionBudgets(labels);
    this.networkPolicies = new NetworkPolicies(deploy, labels);
    this.routes = new Routes(deploy, labels, rollouts);
    this.writer = new ManifestWriter(deploy.plan().workloads().size());
  }

  /** One object of the file: its kind, and its YAML document in UTF-8. */
  record Document(String kind, byte[] yaml) {}

  /**
   * The documents of a cluster's file, in apply order. Each workload's objects are written as
   * soon as they are built, so they are dropped while still fresh rather than all held until the
   * last is built.
   */
  List<Document> of(List<Workload> workloads) {
    return inApplyOrder(workloads, o -> new Document(o.getKind(), writer.document(o)), Document::kind);
  }

  /** The objects of a cluster's file, in apply order. */
  List<HasMetadata> objects(List<Workload> workloads) { return inApplyOrder(workloads, o -> o, HasMetadata::getKind); }

  /**
   * The objects of a cluster's file, each made {@code as} wanted, in apply order. Workloads are
   * built in parallel — the parts they share are built once, through concurrent maps, and only
   * read — and collected in the plan's order, which stays the order within a kind.
   */
  private <T> List<T> inApplyOrder(List<Workload> workloads, Function<HasMetadata, T> as, Function<T, String> kind) {
    List<List<T>> byKind = new ArrayList<>();
    APPLY_ORDER.forEach(k -> byKind.add(new ArrayList<>()));
    Consumer<T> add = t -> byKind.get(RANK.get(kind.apply(t))).add(t);
    String app = deploy.plan().dnsName();
    add.accept(as.apply(new NamespaceBuilder().withMetadata(new ObjectMetaBuilder().withName(deploy.namespace()).withLabels(labels.of(app)).build())
        .build()));
    quotas.of(workloads).forEach(o -> add.accept(as.apply(o)));
    Parallel.map(workloads, w -> objects(w).stream().map(as).toList()).forEach(built -> built.forEach(add));
    return byKind.stream().flatMap(List::stream).toList();
  }

  private List<HasMetadata> objects(Workload w) {
    List<HasMetadata> out = new ArrayList<>();
    ServiceAccount account = new ServiceAccount();
    account.setAutomountServiceAccountToken(false);
    out.add(labels.named(account, w.name(), w.name()));
    out.addAll(services.of(w));
    out.add(controllers.of(w));
    scalers.of(w).ifPresent(out::add);
    budgets.of(w).ifPresent(out::add);
    networkPolicies.of(w).ifPresent(out::add);
    out.addAll(routes.of(w));
    return out;
  }
}
