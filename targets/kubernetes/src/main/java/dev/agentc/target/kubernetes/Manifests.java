package dev.agentc.target.kubernetes;

import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
  private static final Comparator<HasMetadata> BY_KIND = Comparator.comparingInt(o -> APPLY_ORDER.indexOf(o.getKind()));

  private final Deploy deploy;
  private final Labels labels;
  private final Quotas quotas;
  private final Services services;
  private final Controllers controllers;
  private final Scalers scalers;
  private final DisruptionBudgets budgets;
  private final NetworkPolicies networkPolicies;
  private final Routes routes;

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
  }

  /** One object of the file: its kind, and its YAML document in UTF-8. */
  record Document(String kind, byte[] yaml) {
    static Document of(HasMetadata o) { return new Document(o.getKind(), ManifestWriter.document(o)); }
  }

  /** The documents of a cluster's file, in apply order, written in parallel and collected in order. */
  List<Document> of(List<Workload> workloads) { return objects(workloads).parallelStream().map(Document::of).toList(); }

  /**
   * The objects of a cluster's file, in apply order. Workloads are built in parallel — they share
   * nothing — and collected in the plan's order.
   */
  List<HasMetadata> objects(List<Workload> workloads) {
    List<HasMetadata> out = new ArrayList<>();
    String app = deploy.plan().dnsName();
    out.add(new NamespaceBuilder().withMetadata(new ObjectMetaBuilder().withName(deploy.namespace()).withLabels(labels.of(app)).build()).build());
    out.addAll(quotas.of(workloads));
    workloads.parallelStream().map(this::objects).forEachOrdered(out::addAll);
    out.sort(BY_KIND);
    return out;
  }

  private List<HasMetadata> objects(Workload w) {
    List<HasMetadata> out = new ArrayList<>();
    out.add(labels.named(new ServiceAccountBuilder().withAutomountServiceAccountToken(false).build(), w.name(), w.name()));
    out.addAll(services.of(w));
    out.add(controllers.of(w));
    scalers.of(w).ifPresent(out::add);
    budgets.of(w).ifPresent(out::add);
    networkPolicies.of(w).ifPresent(out::add);
    out.addAll(routes.of(w));
    return out;
  }
}
