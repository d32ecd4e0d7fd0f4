package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentc.ir.Plan;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A budget becomes a ResourceQuota sized to the pods the workloads can run at once, and default requests. */
class QuotaTest {
  @Test
  void theQuotaCoversEveryPodAtMaxReplicasWithItsRolloutsExtraPods(@TempDir Path dir) {
    Plan plan = Projects.plan(dir, """
        agent a {
          image = "x:1"
          resources { cpu = 1  memory = 1Gi  gpu = 1 * L4 }
          scale { replicas = 1..4 }
          budget { monthly = 5000 USD/month }
        }
        agent b {
          image = "x:1"
          rollout { strategy = blue_green }
          scale { replicas = 2 }
        }
        """, "a, b", "");
    List<HasMetadata> objects = Kube.objects(Projects.yaml(plan));
    // a: 4 replicas + 1 surge pod; b: 2 replicas twice over (the blue-green preview), at the default requests.
    assertEquals(Map.of("requests.cpu", new Quantity("6"), "requests.memory", new Quantity("6Gi"), "requests.nvidia.com/gpu", new Quantity("5"),
        "pods", new Quantity("9")), Kube.one(objects, "ResourceQuota", "d-budget", ResourceQuota.class).getSpec().getHard());
    assertEquals(Map.of("cpu", new Quantity("250m"), "memory", new Quantity("256Mi")),
        Kube.one(objects, "LimitRange", "d-defaults", LimitRange.class).getSpec().getLimits().get(0).getDefaultRequest());
  }

  @Test
  void noBudgetNoQuota(@TempDir Path dir) {
    List<HasMetadata> objects = Kube.objects(Projects.yaml(Projects.plan(dir, "agent a { image = \"x:1\" }", "a", "")));
    assertEquals(List.of(), Kube.ofKind(objects, "ResourceQuota"));
  }
}
