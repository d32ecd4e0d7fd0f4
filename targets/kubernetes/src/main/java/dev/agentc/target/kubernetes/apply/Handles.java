package dev.agentc.target.kubernetes.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;

/** The client handle of one object, through its kind's explicit API coordinates. */
final class Handles {
  private Handles() {}

  static Resource<GenericKubernetesResource> resource(KubernetesClient client, Kinds.Kind kind, GenericKubernetesResource object) {
    var all = client.genericKubernetesResources(kind.context());
    return kind.namespaced() ? all.inNamespace(object.getMetadata().getNamespace()).resource(object) : all.resource(object);
  }

  /** `Deployment shop/triage`, `Namespace shop`. */
  static String describe(HasMetadata object) {
    String ns = object.getMetadata().getNamespace();
    return object.getKind() + " " + (ns == null ? "" : ns + "/") + object.getMetadata().getName();
  }

  /** `shop/triage`, `shop`. */
  static String name(HasMetadata object) {
    String ns = object.getMetadata().getNamespace();
    return (ns == null ? "" : ns + "/") + object.getMetadata().getName();
  }
}
