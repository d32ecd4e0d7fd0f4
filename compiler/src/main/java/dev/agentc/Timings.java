package dev.agentc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall time spent in each stage of the compiler, summed over every project of a run, in the
 * order the stages first ran: what {@code --timings} prints, and how the benchmarks read the
 * compiler's time apart from the JVM's start. {@link #off()} measures nothing.
 */
public final class Timings {
  private final boolean on;
  private final Map<String, Long> nanos = new LinkedHashMap<>();

  private Timings(boolean on) { this.on = on; }

  public static Timings on() { return new Timings(true); }

  public static Timings off() { return new Timings(false); }

  /** Runs one stage's work, adding its wall time to {@code stage}'s. */
  public <T> T time(String stage, Supplier<T> work) {
    if (!on) return work.get();
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      nanos.merge(stage, System.nanoTime() - start, Long::sum);
    }
  }

  /** Milliseconds per stage, in the order the stages first ran; empty when off. */
  public Map<String, Double> millis() {
    Map<String, Double> out = new LinkedHashMap<>();
    nanos.forEach((stage, n) -> out.put(stage, n / 1e6));
    return out;
  }
}
