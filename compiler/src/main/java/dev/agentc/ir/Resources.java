package dev.agentc.ir;

import dev.agentc.source.Span;
import java.math.BigDecimal;
import java.util.Optional;

/** Compute per replica. Absent values are left to the target's defaults. */
public record Resources(Optional<Sourced<BigDecimal>> cpu, Optional<Memory> memory, Optional<GpuRequest> gpu, Optional<Memory> ephemeral) {
  public static final Resources NONE = new Resources(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** `N * gpu`: how many devices of which catalog GPU. */
  public record GpuRequest(int count, Gpu gpu, Span span) {}
}
