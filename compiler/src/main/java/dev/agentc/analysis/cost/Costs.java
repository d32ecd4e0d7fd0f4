package dev.agentc.analysis.cost;

import dev.agentc.ir.Plan;
import dev.agentc.ir.Prices;
import dev.agentc.ir.Resources.GpuRequest;
import dev.agentc.ir.Workload;
import dev.agentc.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cost model: a replica costs, per hour, its {@link Footprint} at the deploy's cloud prices
 *
 * <pre>
 *   hourly  = cpu × cpu_price + memory (GiB) × memory_price + GPUs × the GPU's price on that cloud
 *   monthly = hourly × 730 h × (1 − spot_discount when the workload allows spot) × replicas
 * </pre>
 *
 * at its minimum and at its maximum replicas (std.cloud for CPU and memory, std.gpu for GPUs).
 * GPU prices are charged on top of CPU and memory even where the catalog's GPU price includes a
 * host share, so the figure errs high. Volumes, network and control-plane fees are not counted.
 */
public final class Costs {
  private Costs() {}

  public static DeployCost of(Plan plan) {
    // The workloads of a plan share few footprints: each is priced once.
    Map<Replica, Rate> rates = new HashMap<>();
    List<WorkloadCost> out = new ArrayList<>();
    for (Workload w : plan.workloads()) {
      Replica r = new Replica(Footprint.of(w), w.placement().spot().isPresent() && plan.prices().spotDiscountPercent().isPresent());
      Rate rate = rates.computeIfAbsent(r, k -> rate(k, plan.prices()));
      out.add(new WorkloadCost(w, r.spot(), rate.formula(), rate.perMonth(), rate.unknown()));
    }
    return new DeployCost(plan.name(), plan.prices().cloud(), out);
  }

  /**
   * What a cost depends on: what a replica requests, and whether it runs on spot capacity at a discount.
   * Hashed and compared by hand: a record's generated methods run slowly in a short run (C1), and
   * would hash a GPU request's whole catalog entry. GPUs compare by count and catalog id, not with the
   * request's generated equals: that also compares where it was asked for, and its first call
   * spins method handle classes in a cold run.
   */
  private record Replica(Footprint footprint, boolean spot) {
    @Override
    public int hashCode() { return (31 * footprint.cpu().hashCode() + Long.hashCode(footprint.memoryBytes())) * 31 + Boolean.hashCode(spot); }

    @Override
    public boolean equals(Object o) {
      return o instanceof Replica r && spot == r.spot && footprint.memoryBytes() == r.footprint.memoryBytes()
          && footprint.cpu().equals(r.footprint.cpu()) && sameGpus(footprint.gpu(), r.footprint.gpu());
    }

    private static boolean sameGpus(Optional<GpuRequest> a, Optional<GpuRequest> b) {
      if (a.isEmpty() || b.isEmpty()) return a.isEmpty() == b.isEmpty();
      return a.get().count() == b.get().count() && a.get().gpu().id().equals(b.get().gpu().id());
    }
  }

  /** A replica's price per month, or which price is unknown. */
  private record Rate(String formula, Optional<BigDecimal> perMonth, Optional<String> unknown) {}

  private static Rate rate(Replica r, Prices prices) {
    Footprint f = r.footprint();
    boolean spot = r.spot();
    List<String> missing = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    BigDecimal hourly = BigDecimal.ZERO;
    BigDecimal gib = gib(f.memoryBytes());
    if (prices.cpuPerHour().isPresent()) {
      hourly = hourly.add(f.cpu().multiply(prices.cpuPerHour().get()));
      terms.add(plain(f.cpu()) + " vCPU × " + plain(prices.cpuPerHour().get()));
    } else {
      missing.add("std.cloud `" + prices.cloud() + "` has no `cpu_price`");
    }
    if (prices.memoryPerGibHour().isPresent()) {
      hourly = hourly.add(gib.multiply(prices.memoryPerGibHour().get()));
      terms.add(plain(gib) + " GiB × " + plain(prices.memoryPerGibHour().get()));
    } else {
      missing.add("std.cloud `" + prices.cloud() + "` has no `memory_price`");
    }
    if (f.gpu().isPresent()) {
      GpuRequest g = f.gpu().get();
      Optional<BigDecimal> price = Optional.ofNullable(g.gpu().prices().get(prices.cloud()));
      if (price.isPresent()) {
        hourly = hourly.add(price.get().multiply(BigDecimal.valueOf(g.count())));
        terms.add(g.count() + " × " + g.gpu().name() + " × " + plain(price.get()));
      } else {
        missing.add("`" + g.gpu().name() + "` has no `" + prices.cloud() + "` price");
      }
    }
    String formula = "(" + String.join(" + ", terms) + ") USD/h";
    if (spot) {
      BigDecimal keep = BigDecimal.valueOf(100).subtract(prices.spotDiscountPercent().get());
      hourly = hourly.multiply(keep).divide(BigDecimal.valueOf(100));
      formula += " × " + plain(keep) + "% (spot)";
    }
    formula += " × 730 h";
    if (!missing.isEmpty()) return new Rate(formula, Optional.empty(), Optional.of(String.join("; ", missing)));
    return new Rate(formula, Optional.of(hourly.multiply(Value.Price.HOURS_PER_MONTH)), Optional.empty());
  }

  /**
   * Bytes in GiB, exactly, with the value and scale of `bytes / 2^30` in BigDecimal: a byte count is
   * m·2^k with m odd, so the quotient is m·5^(30−k) / 10^(30−k), with no trailing zero to strip.
   * BigDecimal's exact division finds that by trial, which is dear when every plan prices its workloads.
   */
  static BigDecimal gib(long bytes) {
    int k = Long.numberOfTrailingZeros(bytes);
    if (k >= 30) return BigDecimal.valueOf(bytes >> 30);
    int scale = 30 - k;
    return new BigDecimal(BigInteger.valueOf(bytes >> k).multiply(BigInteger.valueOf(5).pow(scale)), scale);
  }

  private static String plain(BigDecimal d) { return d.stripTrailingZeros().toPlainString(); }
}
