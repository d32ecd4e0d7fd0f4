package dev.agentc.check;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.model.Entity;
import dev.agentc.model.Value;
import java.util.Optional;

/** Rules that tie fields of one declaration together (E0312), beyond what each field's type says. */
final class Rules {
  private final Diagnostics diags;

  Rules(Diagnostics diags) { this.diags = diags; }

  void check(Entity e) {
    switch (e.kind()) {
      case "model" -> model(e);
      case "agent" -> agent(e);
      case "store" -> store(e);
      default -> {}
    }
  }

  private void model(Entity e) {
    Optional<Value> weights = e.get("weights");
    Optional<Value> provider = e.get("provider");
    if (weights.isPresent() && provider.isPresent()) {
      diags.add(Diagnostic.of(Code.E0312, provider.get().span(), "model `" + e.name() + "` has both `weights` (self-hosted) and `provider` (external API)")
          .label(weights.get().span(), "`weights` set here").hint("keep one: a model is served by us or called at a provider"));
      return;
    }
    if (weights.isEmpty() && provider.isEmpty()) {
      diags.add(Diagnostic.of(Code.E0312, e.nameSpan(), "model `" + e.name() + "` needs `weights` (self-hosted) or `provider` (an external API)")
          .hint("add `weights = \"hf://org/model\"` or `provider = openai` with `name = \"…\"`"));
      return;
    }
    if (provider.isPresent()) {
      if (e.get("name").isEmpty()) {
        diags.add(Diagnostic.of(Code.E0303, e.nameSpan(), "model", e.name(), "name").hint("add the provider's model name, e.g. `name = \"gpt-4o\"`"));
      }
      e.get("serve").ifPresent(serve -> diags.add(Diagnostic.of(Code.E0312, serve.span(),
          "`serve` is for self-hosted models, but `" + e.name() + "` is called at a provider").label(provider.get().span(), "external because of this")
          .hint("remove `serve`, or replace `provider` with `weights`")));
    }
  }

  private void agent(Entity e) {
    boolean worker = e.get("kind").map(k -> ((Value.Enum) k).value().equals("worker")).orElse(false);
    if (!worker) return;
    Value kind = e.get("kind").orElseThrow();
    e.get("expose").ifPresent(x -> diags.add(Diagnostic.of(Code.E0312, x.span(), "worker `" + e.name() + "` has no port, so it cannot be exposed")
        .label(kind.span(), "a worker because of this").hint("remove `expose`, or make it a service")));
    e.get("port").filter(p -> !p.span().isNone()).ifPresent(p -> diags.add(Diagnostic.of(Code.E0312, p.span(),
        "worker `" + e.name() + "` has no port").label(kind.span(), "a worker because of this").hint("remove `port`; workers take their work from a queue")));
  }

  private void store(Entity e) {
    Optional<Value> persistence = e.get("persistence").filter(p -> !((Value.Enum) p).value().equals("none"));
    Optional<Value> engine = e.get("engine");
    if (persistence.isPresent() && engine.isPresent() && !((Value.Enum) engine.get()).value().equals("redis")) {
      diags.add(Diagnostic.of(Code.E0312, persistence.get().span(), "`persistence` is a redis setting, but store `" + e.name() + "` is "
          + ((Value.Enum) engine.get()).value()).label(engine.get().span(), "engine set here").hint("remove `persistence`"));
    }
  }
}
