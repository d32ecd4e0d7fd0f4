package dev.agentc.analysis.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The monthly cost of a deploy: each workload's, and their sums, unknown when one of them is. */
public record DeployCost(String deploy, String cloud, List<WorkloadCost> workloads) {
  public static final String CURRENCY = "USD";

  public DeployCost {
    workloads = List.copyOf(workloads);
  }

  public Optional<BigDecimal> atMin() { return sum(workloads.stream().map(WorkloadCost::atMin).toList()); }

  public Optional<BigDecimal> atMax() { return sum(workloads.stream().map(WorkloadCost::atMax).toList()); }

  private static Optional<BigDecimal> sum(List<Optional<BigDecimal>> parts) {
    if (parts.stream().anyMatch(Optional::isEmpty)) return Optional.empty();
    return Optional.of(parts.stream().map(Optional::get).reduce(BigDecimal.ZERO, BigDecimal::add));
  }
}
