package dev.agentc.target.kubernetes.apply;

import dev.agentc.target.kubernetes.Manifests;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every kind a build can hold (plus the deploy's Secret), with its API coordinates and, for the
 * kinds of custom resource definitions, what to install to get them. The contexts are explicit:
 * no discovery request per object, and fabric8's mock server does not answer discovery.
 */
final class Kinds {
  /** One kind: where it is served, and for a CRD its name and what provides it. */
  record Kind(String name, String group, String version, String plural, boolean namespaced, Optional<String> install) {
    ResourceDefinitionContext context() {
      return new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version).withKind(name).withPlural(plural)
          .withNamespaced(namespaced).build();
    }

    String apiVersion() { return group.isEmpty() ? version : group + "/" + version; }

    /** The CustomResourceDefinition's name, `<plural>.<group>`. */
    String crdName() { return plural + "." + group; }
  }

  private static final String KEDA = "KEDA: `helm repo add kedacore https://kedacore.github.io/charts && helm install keda kedacore/keda -n keda --create-namespace`";
  private static final String ARGO = "Argo Rollouts: `kubectl create namespace argo-rollouts && kubectl apply -n argo-rollouts -f https://github.com/argoproj/argo-rollouts/releases/latest/download/install.yaml`";
  private static final String GATEWAY_API = "the Gateway API: `kubectl apply -f https://github.com/kubernetes-sigs/gateway-api/releases/download/v1.2.1/standard-install.yaml`";
  private static final String ENVOY_GATEWAY = "Envoy Gateway: `helm install eg oci://docker.io/envoyproxy/gateway-helm -n envoy-gateway-system --create-namespace`";
  private static final String CILIUM = "Cilium as the cluster's network plugin: `cilium install`";

  private static final Map<String, Kind> BY_NAME = Map.ofEntries(
      core("Namespace", "namespaces", false), core("ResourceQuota", "resourcequotas", true), core("LimitRange", "limitranges", true),
      core("ServiceAccount", "serviceaccounts", true), core("Secret", "secrets", true), core("Service", "services", true),
      builtIn("StatefulSet", "apps", "v1", "statefulsets"), builtIn("Deployment", "apps", "v1", "deployments"),
      builtIn("HorizontalPodAutoscaler", "autoscaling", "v2", "horizontalpodautoscalers"),
      builtIn("PodDisruptionBudget", "policy", "v1", "poddisruptionbudgets"),
      builtIn("NetworkPolicy", "networking.k8s.io", "v1", "networkpolicies"),
      crd("Rollout", "argoproj.io", "v1alpha1", "rollouts", ARGO), crd("ScaledObject", "keda.sh", "v1alpha1", "scaledobjects", KEDA),
      crd("CiliumNetworkPolicy", "cilium.io", "v2", "ciliumnetworkpolicies", CILIUM),
      crd("HTTPRoute", "gateway.networking.k8s.io", "v1", "httproutes", GATEWAY_API),
      crd("BackendTrafficPolicy", "gateway.envoyproxy.io", "v1alpha1", "backendtrafficpolicies", ENVOY_GATEWAY));

  private Kinds() {}

  private static Map.Entry<String, Kind> core(String name, String plural, boolean namespaced) {
    return Map.entry(name, new Kind(name, "", "v1", plural, namespaced, Optional.empty()));
  }

  private static Map.Entry<String, Kind> builtIn(String name, String group, String version, String plural) {
    return Map.entry(name, new Kind(name, group, version, plural, true, Optional.empty()));
  }

  private static Map.Entry<String, Kind> crd(String name, String group, String version, String plural, String install) {
    return Map.entry(name, new Kind(name, group, version, plural, true, Optional.of(install)));
  }

  static Optional<Kind> of(String name) { return Optional.ofNullable(BY_NAME.get(name)); }

  /** Where a kind comes in the apply order: the build's order, with the Secret right after the Namespace's quotas. */
  static int rank(String kind) {
    if (kind.equals("Secret")) return Manifests.APPLY_ORDER.indexOf("ServiceAccount");
    return Manifests.APPLY_ORDER.indexOf(kind);
  }

  /** Every kind in apply order, for finding what to prune. */
  static List<Kind> all() {
    return BY_NAME.values().stream().sorted(Comparator.comparingInt((Kind k) -> rank(k.name())).thenComparing(Kind::name)).toList();
  }
}
