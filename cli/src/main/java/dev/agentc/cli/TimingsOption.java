package dev.agentc.cli;

import dev.agentc.Timings;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.StringJoiner;
import picocli.CommandLine.Option;

/**
 * The {@code --timings} option: the wall time of each compiler stage on stderr, so a slow
 * project shows where its time goes, and benchmarks read the compiler's time apart from the
 * JVM's start.
 */
public final class TimingsOption {
  @Option(names = "--timings", description = "Print the time spent in each stage (load, check, plans, analyses, …) to stderr.")
  boolean on;

  private Timings timings;

  /** The run's recorder: measuring when the option is given, else one that measures nothing. */
  Timings timings() {
    if (timings == null) timings = on ? Timings.on() : Timings.off();
    return timings;
  }

  /** Prints the stages and their sum, and how long the process has run since the JVM started. */
  void print(Io io) {
    if (!on) return;
    StringJoiner stages = new StringJoiner(", ");
    double total = 0;
    for (var stage : timings().millis().entrySet()) {
      stages.add(stage.getKey() + " " + ms(stage.getValue()));
      total += stage.getValue();
    }
    long sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime();
    io.err().println("timings: " + stages + "; compiler " + ms(total) + " (" + sinceJvmStart + " ms since the JVM started)");
  }

  private static String ms(double millis) { return String.format(Locale.ROOT, "%.1f ms", millis); }
}
