package dev.agentc.analysis.cost;

import dev.agentc.ir.Memory;
import dev.agentc.ir.Resources.GpuRequest;
import dev.agentc.ir.Sourced;
import dev.agentc.ir.Workload;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What one replica of a workload requests: its `resources` (a model server's `serve`), or for what
 * it leaves out the default requests a container gets — the Kubernetes target's LimitRange gives
 * the same. The cost of a workload and the Kubernetes ResourceQuota of a budgeted deploy are both
 * sized from it.
 */
public record Footprint(BigDecimal cpu, long memoryBytes, Optional<GpuRequest> gpu) {
  public static final BigDecimal DEFAULT_CPU = new BigDecimal("0.25");
  public static final long DEFAULT_MEMORY = 256L << 20;

  public static Footprint of(Workload w) {
    return new Footprint(w.resources().cpu().map(Sourced::value).orElse(DEFAULT_CPU), w.resources().memory().map(Memory::bytes).orElse(DEFAULT_MEMORY),
        w.resources().gpu());
  }

  public int gpus() { return gpu.map(GpuRequest::count).orElse(0); }
}
