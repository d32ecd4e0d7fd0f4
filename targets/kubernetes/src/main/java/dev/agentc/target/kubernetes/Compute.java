package dev.agentc.target.kubernetes;

import dev.agentc.ir.Memory;
import dev.agentc.ir.Resources;
import dev.agentc.ir.Sourced;
import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A container's requests and limits. Memory is limited at its request (memory cannot be
 * reclaimed without killing the process); CPU is not limited, so agents are never throttled.
 * GPUs and enclave devices go under `limits` only, in whole numbers: their request defaults to
 * the limit (reference §1.1).
 */
final class Compute {
  /**
   * What a container's resources are made of, without source spans: containers that ask for the
   * same share one object (see {@link PodTemplates}).
   */
  record Key(Optional<BigDecimal> cpu, Optional<Amount> memory, Optional<Amount> ephemeral, Optional<String> gpuResource, long gpus,
      Map<String, Quantity> teeLimits) {
    static Key of(Workload w, Confidential.Pod tee) {
      Resources r = w.resources();
      return new Key(r.cpu().map(Sourced::value), r.memory().map(Amount::of), r.ephemeral().map(Amount::of),
          r.gpu().map(g -> Compute.gpuResource(w, tee)), r.gpu().map(Resources.GpuRequest::count).orElse(0), tee.limits());
    }

    // Written out: a record's own equals and hashCode run through method handles, slow in agentc's C1-only JVM.
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.gpus == gpus && k.cpu.equals(cpu) && k.memory.equals(memory) && k.ephemeral.equals(ephemeral)
          && k.gpuResource.equals(gpuResource) && k.teeLimits.equals(teeLimits);
    }

    @Override
    public int hashCode() {
      return ((((cpu.hashCode() * 31 + memory.hashCode()) * 31 + ephemeral.hashCode()) * 31 + gpuResource.hashCode()) * 31 + Long.hashCode(gpus)) * 31
          + teeLimits.hashCode();
    }
  }

  /** A memory amount as written and in bytes, which its quantity is made from. */
  record Amount(long bytes, String text) {
    static Amount of(Memory m) { return new Amount(m.bytes(), m.text()); }

    @Override
    public boolean equals(Object o) { return o instanceof Amount a && a.bytes == bytes && a.text.equals(text); }

    @Override
    public int hashCode() { return Long.hashCode(bytes) * 31 + text.hashCode(); }
  }

  private Compute() {}

  /** The container's resources; null (left out) when it declares none. */
  static ResourceRequirements of(Workload w, Confidential.Pod tee) {
    Map<String, Quantity> requests = new TreeMap<>();
    Map<String, Quantity> limits = new TreeMap<>();
    w.resources().cpu().ifPresent(c -> requests.put("cpu", Quantities.cpu(c.value())));
    w.resources().memory().ifPresent(m -> {
      Quantity memory = new Quantity(m.kubernetes());
      requests.put("memory", memory);
      limits.put("memory", memory);
    });
    w.resources().ephemeral().ifPresent(e -> requests.put("ephemeral-storage", new Quantity(e.kubernetes())));
    w.resources().gpu().ifPresent(g -> limits.put(gpuResource(w, tee), Quantities.count(g.count())));
    limits.putAll(tee.limits());
    if (requests.isEmpty() && limits.isEmpty()) return null;
    // Set on the built object, which keeps the sorted maps: a builder would copy them into unsorted ones.
    ResourceRequirements resources = new ResourceRequirementsBuilder().build();
    resources.setRequests(requests);
    resources.setLimits(limits);
    return resources;
  }

  /** The resource a workload's GPUs are requested as: inside a confidential VM, the TEE's passthrough resource. */
  static String gpuResource(Workload w, Confidential.Pod tee) {
    return tee.gpuResource().orElseGet(() -> w.resources().gpu().orElseThrow().gpu().resource());
  }
}
