package dev.agentc.check;

import dev.agentc.Parallel;
import java.util.List;

/**
 * Every name the checker resolved. Workers hand over what they recorded as they finish; it is
 * sorted and merged into file and position order when first read. Only editors read them, and a command
 * line check of 10,000 agents would otherwise spend tens of milliseconds merging them.
 */
public final class Resolutions {
  /** No names: nothing was checked, or what was is let go. */
  public static final Resolutions NONE = new Resolutions(List.of());

  /** Each worker's names as it recorded them, in the order the workers would have run one after another. */
  private final List<List<Resolution>> ordered;
  private List<Resolution> merged;

  Resolutions(List<List<Resolution>> ordered) { this.ordered = List.copyOf(ordered); }

  /** Sorted by file and position, each use once; merged on the first call. */
  public synchronized List<Resolution> all() {
    if (merged == null) merged = Resolution.merge(Parallel.map(ordered, Resolution::runs));
    return merged;
  }
}
