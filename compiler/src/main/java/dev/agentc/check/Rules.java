package dev.agentc.check;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.model.Entity;
import dev.agentc.model.ToolUrls;
import dev.agentc.model.Value;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Rules that tie fields of one declaration together (E0312), beyond what each field's type says,
 * and the tool URL every later stage relies on (E0623, E0624).
 */
final class Rules {
  private final Diagnostics diags;

  Rules(Diagnostics diags) { this.diags = diags; }

  void check(Entity e) {
    switch (e.kind()) {
      case "model" -> model(e);
      case "agent" -> agent(e);
      case "store" -> store(e);
      case "tool" -> tool(e);
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

  /** A tool's URL is an absolute `http(s)` URL with a host, and plain `http` only when the tool says `insecure = true`. */
  private void tool(Entity e) {
    if (!(e.get("url").orElse(null) instanceof Value.Str url)) return;
    Optional<String> problem = urlProblem(url.value());
    if (problem.isPresent()) {
      diags.add(Diagnostic.of(Code.E0624, url.span(), "the URL of tool `" + e.name() + "` " + problem.get())
          .hint("write the API's base URL in full, e.g. `https://api.example.com/v1`"));
      return;
    }
    boolean insecure = e.get("insecure").map(v -> ((Value.Bool) v).value()).orElse(false);
    if (URI.create(url.value()).getScheme().equalsIgnoreCase("http") && !insecure) {
      diags.add(Diagnostic.of(Code.E0623, url.span(), "tool `" + e.name() + "` is called over plain `http`, so its requests, tokens and "
              + "answers cross the network unencrypted")
          .hint("use `https://`, or, for an API that only speaks http inside a private network, set `insecure = true` on the tool"));
    }
  }

  private static Optional<String> urlProblem(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException ex) {
      return Optional.of("is not a valid URL: " + ex.getReason() + " at index " + ex.getIndex());
    }
    if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))) {
      return Optional.of("must start with `https://`" + (uri.getScheme() == null ? "" : ", not `" + uri.getScheme() + ":`"));
    }
    if (ToolUrls.host(uri).isEmpty()) return Optional.of("names no host (a host name is needed for egress rules)");
    return Optional.empty();
  }
}
