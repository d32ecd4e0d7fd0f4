package dev.agentc.ir;

import dev.agentc.source.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Where a workload runs.
 *
 * @param regions the regions it may run in; empty means anywhere
 * @param clusters the kube contexts it is deployed to, when the deploy maps regions to clusters;
 *     empty when the deploy has one default cluster
 * @param inheritedFrom for a model server: the agents whose placement it took
 * @param span the `regions` list that asked for the regions
 */
public record Placement(List<Region> regions, List<String> clusters, Optional<Spot> spot, List<String> inheritedFrom, Span span) {
  public Placement {
    regions = List.copyOf(regions);
    clusters = List.copyOf(clusters);
    inheritedFrom = List.copyOf(inheritedFrom);
  }


  /**
   * A region's catalog facts.
   *
   * @param names the region's name per public cloud (aws, gcp, azure)
   * @param span where the workload asked for it
   */
  public record Region(String id, String name, String jurisdiction, List<String> groups, SortedMap<String, String> names, Span span) {
    public Region {
      groups = List.copyOf(groups);
      names = SortedMaps.copyOf(names);
    }

    /** The same region, asked for at {@code span}. */
    Region at(Span span) { return new Region(id, name, jurisdiction, groups, names, span); }
  }

  /** Spot capacity: the highest price per hour (if any) and whether on-demand may stand in. */
  public record Spot(Optional<BigDecimal> maxPricePerHour, String currency, boolean fallbackOnDemand, Span span) {}
}
