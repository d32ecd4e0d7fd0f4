package dev.agentc.ir;

import dev.agentc.source.Span;
import java.util.List;
import java.util.Optional;

/** How a new version replaces the old one. Steps are traffic percentages. */
public record Rollout(Strategy strategy, List<Integer> steps, Optional<Long> pauseMs, Span span) {
  public Rollout {
    steps = List.copyOf(steps);
  }

  public enum Strategy { ROLLING, CANARY, BLUE_GREEN }
}
