package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.ir.Plan;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Toleration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GPUs: whole devices under `limits`, the GPU taint tolerated, nodes chosen by the cloud's own label for the GPU. */
class GpuPlacementTest {
  @ParameterizedTest
  @CsvSource({
      "generic, L4,        nvidia.com/gpu.product,           NVIDIA-L4",
      "gke,     L4,        cloud.google.com/gke-accelerator, nvidia-l4",
      "eks,     L4,        karpenter.k8s.aws/instance-gpu-name, l4",
      "aks,     H100_80GB, karpenter.azure.com/sku-gpu-name, H100"})
  void nodeLabelOfTheGpuOnEachCloud(String cloud, String gpu, String key, String value, @TempDir Path dir) {
    Plan plan = Projects.plan(dir, "agent a { image = \"x:1\"  resources { gpu = 2 * " + gpu + " } }", "a", "cloud = " + cloud);
    assertEquals(List.of(), Projects.check(plan));
    PodSpec pod = Kube.pod(Kube.objects(Projects.yaml(plan)), "a");
    assertEquals(Map.of(key, value), pod.getNodeSelector());
    assertEquals(new Quantity("2"), pod.getContainers().get(0).getResources().getLimits().get("nvidia.com/gpu"));
    assertEquals(List.of(toleration("nvidia.com/gpu")), pod.getTolerations());
  }

  @Test
  void amdGpusUseTheAmdLabelAndResource(@TempDir Path dir) {
    Plan plan = Projects.plan(dir, "agent a { image = \"x:1\"  resources { gpu = 1 * MI300X } }", "a", "cloud = generic");
    PodSpec pod = Kube.pod(Kube.objects(Projects.yaml(plan)), "a");
    assertEquals(Map.of("amd.com/gpu.product-name", "AMD_Instinct_MI300X_OAM"), pod.getNodeSelector());
    assertEquals(new Quantity("1"), pod.getContainers().get(0).getResources().getLimits().get("amd.com/gpu"));
    assertEquals(List.of(toleration("amd.com/gpu")), pod.getTolerations());
  }

  @Test
  void aModelServerGetsItsGpuAndAStartupProbe(@TempDir Path dir) {
    Plan plan = Projects.plan(dir, """
        model m {
          weights = "hf://org/m"
          params  = 7B
          serve { gpu = 1 * L4 }
        }
        agent a { image = "x:1"  model = m }
        """, "a", "cloud = gke");
    List<HasMetadata> objects = Kube.objects(Projects.yaml(plan));
    PodSpec server = Kube.pod(objects, "m-model");
    assertEquals("nvidia-l4", server.getNodeSelector().get("cloud.google.com/gke-accelerator"));
    assertTrue(server.getContainers().get(0).getStartupProbe().getFailureThreshold() > 60, "a long startup grace for loading the model");
    assertEquals("http://m-model:80", Kube.pod(objects, "a").getContainers().get(0).getEnv().stream()
        .filter(e -> e.getName().equals("M_URL")).findFirst().orElseThrow().getValue());
  }

  static Toleration toleration(String key) {
    Toleration t = new Toleration();
    t.setKey(key);
    t.setOperator("Exists");
    t.setEffect("NoSchedule");
    return t;
  }
}
