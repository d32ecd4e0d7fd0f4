package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentc.ir.Plan;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stores: a StatefulSet with its engine's flags and a volume per replica, behind a headless Service on the engine's port. */
class StoreTest {
  @Test
  void aStoreIsAStatefulSetWithAVolumeAndAHeadlessService(@TempDir Path dir) {
    Plan plan = Projects.plan(dir, """
        store cache { engine = redis  persistence = aof  size = 3Gi }
        store vectors { engine = qdrant }
        agent a { image = "x:1"  stores = [cache, vectors] }
        """, "a", "");
    List<HasMetadata> objects = Kube.objects(Projects.yaml(plan));
    StatefulSet cache = Kube.one(objects, "StatefulSet", "cache", StatefulSet.class);
    assertEquals("cache", cache.getSpec().getServiceName());
    assertEquals(List.of("--appendonly", "yes"), cache.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs());
    assertEquals("/data", cache.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts().get(0).getMountPath());
    assertEquals(new Quantity("3Gi"), cache.getSpec().getVolumeClaimTemplates().get(0).getSpec().getResources().getRequests().get("storage"));
    assertEquals(Controllers.DEFAULT_STORE_SIZE, Kube.one(objects, "StatefulSet", "vectors", StatefulSet.class).getSpec().getVolumeClaimTemplates().get(0)
        .getSpec().getResources().getRequests().get("storage"));
    Service service = Kube.one(objects, "Service", "cache", Service.class);
    assertEquals("None", service.getSpec().getClusterIP());
    assertEquals(6379, service.getSpec().getPorts().get(0).getPort());
    assertEquals("redis://cache:6379", Kube.pod(objects, "a").getContainers().get(0).getEnv().stream()
        .filter(e -> e.getName().equals("CACHE_URL")).findFirst().orElseThrow().getValue());
  }
}
