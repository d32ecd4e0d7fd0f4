package dev.agentc.analysis.cost;

import dev.agentc.ir.Workload;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The monthly cost of one workload: what a replica costs an hour, times 730 hours, times its
 * minimum and its maximum replicas. {@code unknown} says which price the catalog lacks; then
 * there is no figure at all, never a zero.
 *
 * @param formula the hourly price of a replica as arithmetic, e.g. `(4 vCPU × 0.04048 + 8 GiB × 0.004445) USD/h × 40% spot`
 * @param perReplica USD per replica per month
 */
public record WorkloadCost(Workload workload, boolean spot, String formula, Optional<BigDecimal> perReplica, Optional<String> unknown) {
  public int min() { return workload.scaling().min(); }

  public int max() { return workload.scaling().max(); }

  public Optional<BigDecimal> atMin() { return perReplica.map(p -> p.multiply(BigDecimal.valueOf(min()))); }

  public Optional<BigDecimal> atMax() { return perReplica.map(p -> p.multiply(BigDecimal.valueOf(max()))); }

  /** Money as printed: two decimals. */
  public static String money(BigDecimal amount) { return amount.setScale(2, RoundingMode.HALF_UP).toPlainString(); }
}
