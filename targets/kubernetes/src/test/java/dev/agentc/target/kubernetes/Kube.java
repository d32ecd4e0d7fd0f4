package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;

/** Reads emitted manifests back with fabric8, and finds objects in them, for the tests' assertions. */
final class Kube {
  static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private Kube() {}

  /** Every document of a multi-document YAML file, as fabric8 reads it. */
  @SuppressWarnings("unchecked")
  static List<HasMetadata> objects(String yaml) {
    Object read = SERIALIZATION.unmarshal(yaml, KubernetesResource.class);
    if (read instanceof List<?> list) return (List<HasMetadata>) list;
    return List.of((HasMetadata) read);
  }

  static List<HasMetadata> ofKind(List<HasMetadata> objects, String kind) {
    return objects.stream().filter(o -> o.getKind().equals(kind)).toList();
  }

  static <T extends HasMetadata> T one(List<HasMetadata> objects, String kind, String name, Class<T> type) {
    List<HasMetadata> found = objects.stream().filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name)).toList();
    assertEquals(1, found.size(), () -> "one " + kind + " " + name);
    return type.cast(found.get(0));
  }

  static GenericKubernetesResource custom(List<HasMetadata> objects, String kind, String name) {
    return convert(one(objects, kind, name, HasMetadata.class), GenericKubernetesResource.class);
  }

  /** {@code value} as another type, through its JSON form. */
  static <T> T convert(Object value, Class<T> type) { return SERIALIZATION.unmarshal(SERIALIZATION.asJson(value), type); }

  @SuppressWarnings("unchecked")
  static Map<String, Object> spec(GenericKubernetesResource r) { return (Map<String, Object>) r.getAdditionalProperties().get("spec"); }

  /** The pod spec of a workload, whether it runs as a Deployment or an Argo Rollout. */
  static PodSpec pod(List<HasMetadata> objects, String name) {
    if (objects.stream().anyMatch(o -> o.getKind().equals("Deployment") && o.getMetadata().getName().equals(name))) {
      return one(objects, "Deployment", name, Deployment.class).getSpec().getTemplate().getSpec();
    }
    return convert(spec(custom(objects, "Rollout", name)).get("template"), PodTemplateSpec.class).getSpec();
  }
}
