package dev.agentc.analysis.cost;

import dev.agentc.ir.Resources;
import dev.agentc.ir.Resources.GpuRequest;
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
    Resources r = w.resources();
    // no Optional.map: it would box the byte count, for every workload of every deploy
    return new Footprint(r.cpu().isPresent() ? r.cpu().get().value() : DEFAULT_CPU, r.memory().isPresent() ? r.memory().get().bytes() : DEFAULT_MEMORY, r.gpu());
  }

  public int gpus() { return gpu.map(GpuRequest::count).orElse(0); }
}
