package dev.agentc.ir;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * A GPU's catalog facts (std.gpu or a user's `gpu`), copied into the IR so targets never read
 * the model.
 *
 * @param labels node-label value per Kubernetes cloud
 * @param prices on-demand price per GPU-hour per cloud, in USD
 * @param aleph the `aleph { … }` facts, by field name
 */
public record Gpu(
    String id,
    String name,
    String vendor,
    long memoryBytes,
    String architecture,
    boolean confidential,
    String resource,
    SortedMap<String, String> labels,
    SortedMap<String, BigDecimal> prices,
    SortedMap<String, String> aleph) {
  public Gpu {
    labels = SortedMaps.copyOf(labels);
    prices = SortedMaps.copyOf(prices);
    aleph = SortedMaps.copyOf(aleph);
  }
}
