package dev.agentc.target.aleph;

import dev.agentc.ir.Gpu;
import dev.agentc.ir.Memory;
import dev.agentc.ir.Resources;
import dev.agentc.ir.Workload;
import java.math.RoundingMode;

/**
 * The size of one instance of a workload, in the units of aleph.md §3.2 (vCPUs, MiB), from its
 * `resources` and the compute units of §3.8. Without `cpu` or `memory` an instance gets one
 * compute unit (1 vCPU, 2048 MiB). A GPU brings its own compute units (the catalog's
 * `aleph.compute_units` per device; 6144 MiB and 61440 MiB each), so a GPU instance is at least
 * that large, as §9.1 is: one L40S = 12 vCPUs, 73728 MiB, 737280 MiB. The disk (the rootfs size)
 * is `ephemeral` when given; otherwise what the compute units include (20480 MiB each, or the
 * GPU's), at most the largest rootfs Aleph takes.
 */
record Sizing(long vcpus, long memoryMib, long diskMib) {
  static Sizing of(Workload w) {
    Resources r = w.resources();
    long vcpus = r.cpu().map(c -> c.value().setScale(0, RoundingMode.CEILING).longValueExact()).orElse(1L);
    long memory = r.memory().map(Memory::mib).orElse(AlephLimits.CU_MEMORY_MIB);
    long disk = Math.max(vcpus, ceilDiv(memory, AlephLimits.CU_MEMORY_MIB)) * AlephLimits.CU_DISK_MIB;
    if (r.gpu().isPresent()) {
      long gpuUnits = r.gpu().get().count() * computeUnits(r.gpu().get().gpu());
      vcpus = Math.max(vcpus, gpuUnits);
      memory = Math.max(memory, gpuUnits * AlephLimits.GPU_CU_MEMORY_MIB);
      disk = Math.max(disk, gpuUnits * AlephLimits.GPU_CU_DISK_MIB);
    }
    long included = Math.min(disk, AlephLimits.MAX_DISK_MIB);
    return new Sizing(Math.max(1, vcpus), memory, r.ephemeral().map(Memory::mib).orElse(included));
  }

  private static long computeUnits(Gpu gpu) {
    return Long.parseLong(gpu.aleph().getOrDefault("compute_units", "0"));
  }

  private static long ceilDiv(long a, long b) { return (a + b - 1) / b; }
}
