package dev.agentc.target.kubernetes;

import dev.agentc.ir.Tee;
import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a workload's TEE asks of its pod on the deploy's cloud (reference §3.1), read from the
 * TEE's catalog facts: a Confidential Containers runtime class (with a GPU, the confidential-GPU
 * runtime class and its passthrough resource), GKE's confidential-node label, or an enclave's
 * device-plugin resource. The companions of an enclave resource are not catalog fields
 * (CATALOG-FIELDS.md): SGX also needs an enclave and a provisioning device, Nitro Enclaves
 * hugepages and the node label of the Nitro device plugin.
 */
final class Confidential {
  /** EPC for an SGX enclave whose workload declares no memory: the enclave heap of a small service. */
  static final Quantity DEFAULT_EPC = new Quantity("512Mi");
  static final String HUGEPAGES = "hugepages-2Mi";
  static final Quantity NITRO_HUGEPAGES = new Quantity("512Mi");

  /**
   * @param gpuResource the extended resource the GPU is requested as inside the TEE's VM, replacing the GPU's own
   * @param hugePages the pod mounts an emptyDir of medium HugePages (Nitro Enclaves)
   */
  record Pod(Optional<String> runtimeClass, Map<String, String> nodeSelector, Map<String, Quantity> limits, Optional<String> gpuResource,
      boolean hugePages) {
    static final Pod NONE = new Pod(Optional.empty(), Map.of(), Map.of(), Optional.empty(), false);

    /** Whether the TEE's facts give this cloud any way to provide it. */
    boolean provided() { return runtimeClass.isPresent() || !nodeSelector.isEmpty() || !limits.isEmpty(); }
  }

  private Confidential() {}

  static Pod of(Workload w, Deploy deploy) {
    if (w.tee().isEmpty()) return Pod.NONE;
    Tee tee = w.tee().get();
    String cloud = deploy.cloud().name();
    boolean gpu = w.resources().gpu().isPresent();
    Optional<String> runtimeClass = Optional.ofNullable(tee.runtimeClass().get(cloud));
    Optional<String> gpuResource = Optional.empty();
    if (gpu && tee.gpuRuntimeClass().containsKey(cloud)) {
      runtimeClass = Optional.of(tee.gpuRuntimeClass().get(cloud));
      gpuResource = tee.gpuResource();
    }
    Map<String, String> nodeSelector = new TreeMap<>();
    deploy.cloud().teeLabel().filter(label -> tee.nodeLabel().containsKey(cloud)).ifPresent(label -> nodeSelector.put(label, tee.nodeLabel().get(cloud)));
    Map<String, Quantity> limits = new TreeMap<>();
    boolean hugePages = false;
    if (tee.resource().isPresent()) {
      String resource = tee.resource().get();
      if (isSgx(tee)) {
        limits.put(resource, w.resources().memory().map(m -> new Quantity(m.kubernetes())).orElse(DEFAULT_EPC));
        limits.put("sgx.intel.com/enclave", Quantities.count(1));
        limits.put("sgx.intel.com/provision", Quantities.count(1));
      } else {
        limits.put(resource, Quantities.count(1));
      }
      if (isNitro(tee)) {
        limits.put(HUGEPAGES, NITRO_HUGEPAGES);
        nodeSelector.put("aws-nitro-enclaves-k8s-dp", "enabled");
        hugePages = true;
      }
    }
    return new Pod(runtimeClass, nodeSelector, limits, gpuResource, hugePages);
  }

  private static boolean isSgx(Tee tee) { return tee.isolation().equals("enclave") && tee.vendor().equals("intel"); }

  private static boolean isNitro(Tee tee) { return tee.isolation().equals("enclave") && tee.vendor().equals("aws"); }
}
