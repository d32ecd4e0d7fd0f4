package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** fabric8 reads every golden document back, as the typed class of its kind (custom resources as generic ones). */
class ReadBackTest {
  private static final Map<String, Class<?>> TYPES = Map.ofEntries(
      Map.entry("Namespace", Namespace.class), Map.entry("ResourceQuota", ResourceQuota.class), Map.entry("LimitRange", LimitRange.class),
      Map.entry("ServiceAccount", ServiceAccount.class), Map.entry("Service", Service.class), Map.entry("StatefulSet", StatefulSet.class),
      Map.entry("Deployment", Deployment.class), Map.entry("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
      Map.entry("PodDisruptionBudget", PodDisruptionBudget.class), Map.entry("NetworkPolicy", NetworkPolicy.class),
      Map.entry("HTTPRoute", io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class),
      Map.entry("Rollout", GenericKubernetesResource.class), Map.entry("ScaledObject", GenericKubernetesResource.class),
      Map.entry("CiliumNetworkPolicy", GenericKubernetesResource.class), Map.entry("BackendTrafficPolicy", GenericKubernetesResource.class));

  static List<Path> goldenManifests() throws IOException {
    try (Stream<Path> files = Files.walk(GoldenTest.GOLDEN)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyDocumentReadsBackAsItsKindsClass() throws IOException {
    List<Path> files = goldenManifests();
    assertFalse(files.isEmpty());
    for (Path file : files) {
      String yaml = Files.readString(file);
      List<HasMetadata> objects = Kube.objects(yaml);
      assertEquals(yaml.lines().filter("---"::equals).count(), objects.size(), file + ": every document");
      for (HasMetadata o : objects) {
        assertEquals(TYPES.get(o.getKind()), o.getClass(), file + ": " + o.getKind() + " " + o.getMetadata().getName());
      }
    }
  }
}
