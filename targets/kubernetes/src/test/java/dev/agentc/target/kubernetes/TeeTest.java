package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.agentc.ir.Plan;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TEEs from the catalog's facts: runtime classes with and without a GPU, GKE's node label, enclave devices. */
class TeeTest {
  private static final String SERVED = """
      model m {
        weights = "hf://org/m"
        params  = 7B
        serve { gpu = 1 * H100_80GB }
      }
      """;

  private static List<HasMetadata> objects(Path dir, String declarations, String kubernetes) {
    Plan plan = Projects.plan(dir, declarations, "a", kubernetes);
    assertEquals(List.of(), Projects.check(plan));
    return Kube.objects(Projects.yaml(plan));
  }

  @Test
  void coCoRuntimeClassWithoutAndWithAGpu(@TempDir Path dir) {
    List<HasMetadata> objects = objects(dir, SERVED + "agent a { image = \"x:1\"  model = m  tee = sev_snp }", "cloud = generic");
    PodSpec agent = Kube.pod(objects, "a");
    assertEquals("kata-qemu-snp", agent.getRuntimeClassName());
    PodSpec server = Kube.pod(objects, "m-model");
    assertEquals("kata-qemu-nvidia-gpu-snp", server.getRuntimeClassName(), "the model server inherits the TEE, with its GPU");
    Map<String, Quantity> limits = server.getContainers().get(0).getResources().getLimits();
    assertEquals(new Quantity("1"), limits.get("nvidia.com/pgpu"));
    assertNull(limits.get("nvidia.com/gpu"), "inside the VM the GPU is the passthrough resource");
  }

  @Test
  void gkeSelectsConfidentialNodesByLabelAndKeepsTheGpuResource(@TempDir Path dir) {
    List<HasMetadata> objects = objects(dir, SERVED + "agent a { image = \"x:1\"  model = m  tee = tdx }", "cloud = gke");
    PodSpec server = Kube.pod(objects, "m-model");
    assertNull(server.getRuntimeClassName());
    assertEquals("TDX", server.getNodeSelector().get("cloud.google.com/gke-confidential-nodes-instance-type"));
    assertEquals(new Quantity("1"), server.getContainers().get(0).getResources().getLimits().get("nvidia.com/gpu"));
  }

  @Test
  void aksUsesItsConfidentialRuntimeClass(@TempDir Path dir) {
    assertEquals("kata-cc-isolation", Kube.pod(objects(dir, "agent a { image = \"x:1\"  tee = sev_snp }", "cloud = aks"), "a").getRuntimeClassName());
  }

  @Test
  void sgxRequestsEpcSizedToMemoryAndItsDevices(@TempDir Path dir) {
    PodSpec pod = Kube.pod(objects(dir, "agent a { image = \"x:1\"  tee = sgx  resources { memory = 2Gi } }", "cloud = aks"), "a");
    Map<String, Quantity> limits = pod.getContainers().get(0).getResources().getLimits();
    assertEquals(new Quantity("2Gi"), limits.get("sgx.intel.com/epc"));
    assertEquals(new Quantity("1"), limits.get("sgx.intel.com/enclave"));
    assertEquals(new Quantity("1"), limits.get("sgx.intel.com/provision"));
  }

  @Test
  void nitroRequestsTheEnclaveDeviceAndHugepages(@TempDir Path dir) {
    PodSpec pod = Kube.pod(objects(dir, "agent a { image = \"x:1\"  tee = nitro  resources { memory = 1Gi } }", "cloud = eks"), "a");
    Map<String, Quantity> limits = pod.getContainers().get(0).getResources().getLimits();
    assertEquals(new Quantity("1"), limits.get("aws.ec2.nitro/nitro_enclaves"));
    assertEquals(new Quantity("512Mi"), limits.get("hugepages-2Mi"));
    assertEquals("enabled", pod.getNodeSelector().get("aws-nitro-enclaves-k8s-dp"));
    assertEquals("HugePages", pod.getVolumes().get(0).getEmptyDir().getMedium());
    assertEquals("/dev/hugepages", pod.getContainers().get(0).getVolumeMounts().get(0).getMountPath());
  }
}
