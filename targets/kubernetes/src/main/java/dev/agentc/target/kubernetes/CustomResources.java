package dev.agentc.target.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Map;

/** Objects of the CRDs fabric8 has no typed model for here (KEDA, Argo Rollouts, Envoy Gateway, Cilium, Gateway API). */
final class CustomResources {
  private CustomResources() {}

  static GenericKubernetesResource of(String apiVersion, String kind, ObjectMeta meta, Map<String, Object> spec) {
    GenericKubernetesResource r = new GenericKubernetesResource();
    r.setApiVersion(apiVersion);
    r.setKind(kind);
    r.setMetadata(meta);
    r.setAdditionalProperty("spec", spec);
    return r;
  }
}
