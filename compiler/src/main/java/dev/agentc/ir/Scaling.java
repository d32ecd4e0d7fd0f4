package dev.agentc.ir;

import dev.agentc.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * Replicas and what changes them.
 *
 * @param span the `scale` block or the `replicas` field; {@link Span#NONE} for the default of one
 */
public record Scaling(int min, int max, List<Trigger> triggers, Optional<Integer> step, Optional<Long> cooldownMs, Span span) {
  public Scaling {
    triggers = List.copyOf(triggers);
  }

  public static Scaling fixed(int replicas, Span span) { return new Scaling(replicas, replicas, List.of(), Optional.empty(), Optional.empty(), span); }

  public boolean autoscales() { return min != max || !triggers.isEmpty(); }

  /** Needs an event-driven scaler (KEDA): a trigger other than cpu or memory. */
  public boolean eventDriven() { return eventTrigger().isPresent(); }

  /** The first trigger that needs an event-driven scaler. */
  public Optional<Trigger> eventTrigger() {
    for (Trigger t : triggers) {
      if (!(t instanceof Trigger.Cpu || t instanceof Trigger.Memory)) return Optional.of(t);
    }
    return Optional.empty();
  }

  /** A reason to add or remove replicas. */
  public sealed interface Trigger {
    Span span();

    record Cpu(int percent, Span span) implements Trigger {}

    record Memory(int percent, Span span) implements Trigger {}

    record Rps(long perReplica, Span span) implements Trigger {}

    /** A queue in a store of the plan: {@code store} is its workload name. */
    record Queue(String store, String engine, int port, String queue, long perReplica, Span span) implements Trigger {}

    record Cron(String schedule, int replicas, Span span) implements Trigger {}
  }
}
