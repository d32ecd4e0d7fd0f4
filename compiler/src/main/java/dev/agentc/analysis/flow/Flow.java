package dev.agentc.analysis.flow;

import dev.agentc.ir.Workload;
import dev.agentc.source.Span;

/**
 * One place a workload sends requests, and so data, to. {@code span} is the `.agent` text that
 * sends it there: the `model`, `stores` or `tools` entry of an agent, a swarm's member or router.
 */
public sealed interface Flow {
  Workload from();

  Span span();

  /** To another workload of the plan: a model server, a store, a swarm member. */
  record ToWorkload(Workload from, Workload to, Span span) implements Flow {}

  /** To an external model provider's API. */
  record ToProvider(Workload from, String model, Provider provider, Span span) implements Flow {}

  /** To a tool's API at {@code host}. */
  record ToTool(Workload from, String tool, String host, Span span) implements Flow {}

  /**
   * An external provider's catalog facts (std.provider or a user's own entry).
   *
   * @param regional the customer picks the processing region, and so the endpoint
   */
  record Provider(String name, String jurisdiction, String host, boolean regional) {}

  /** {@code from → to}, as a data path is written in messages. */
  default String path() {
    return switch (this) {
      case ToWorkload w -> nameOf(w.from()) + " → " + nameOf(w.to());
      case ToProvider p -> nameOf(p.from()) + " → " + p.model() + " (" + p.provider().name() + ", " + p.provider().jurisdiction() + ")";
      case ToTool t -> nameOf(t.from()) + " → tool " + t.tool() + " (" + t.host() + ")";
    };
  }

  /** The name a workload's declaration has in the source (`support_bot`, the model `llama3_8b`), for messages. */
  static String nameOf(Workload w) { return w.id().substring(w.id().lastIndexOf('.') + 1); }
}
