package dev.agentc.ir;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.model.Entity;
import dev.agentc.model.Value;
import dev.agentc.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * The model server of a self-hosted model (LANGUAGE.md §8): deployed wherever an agent that uses
 * it runs, with the strictest placement of those agents — the union of their regions and
 * clusters, and their TEE, since prompts must not leave the enclave. Two different TEEs among
 * the users is a conflict.
 */
final class ModelServers {
  private final Catalog catalog;
  private final Diagnostics diags;

  ModelServers(Catalog catalog, Diagnostics diags) {
    this.catalog = catalog;
    this.diags = diags;
  }

  Optional<Workload> server(Entity m, List<Workload> users) {
    Value.Record f = m.fields();
    Value.Record serve = Fields.record(f, "serve").orElse(new Value.Record("serve", java.util.Map.of(), Span.NONE));
    String engine = Fields.enumValue(serve, "engine").orElse("vllm");
    ServedModel served = served(m, engine);
    Engines.Server server = Engines.modelServer(engine, Fields.str(f, "weights").orElseThrow(), served.precision().value(), served.context().value());
    Optional<Tee> tee = inheritedTee(m, users);
    Sourced<String> image = serve.get("image").map(v -> Sourced.of(((Value.Str) v).value(), v.span())).orElse(Sourced.of(server.image(), m.nameSpan()));
    Container container = new Container(image, List.of(), server.args(), Optional.of(new Container.Port(server.port(), "http", m.nameSpan())),
        List.of(), Optional.of(server.health()), Optional.of(server.health()), true);
    Resources resources = new Resources(serve.get("cpu").map(v -> Sourced.of(((Value.Dec) v).value(), v.span())),
        AgentWorkloads.memory(serve, "memory"), serve.get("gpu").map(g -> {
          Value.Gpu gpu = (Value.Gpu) g;
          return new Resources.GpuRequest(gpu.count(), catalog.gpu(gpu.gpu()), gpu.span());
        }), Optional.empty());
    Value replicas = serve.get("replicas").orElse(new Value.Int(1, Span.NONE));
    Scaling scaling = replicas instanceof Value.Range r
        ? new Scaling((int) r.low(), (int) r.high(), List.of(), Optional.empty(), Optional.empty(), r.span())
        : Scaling.fixed((int) ((Value.Int) replicas).value(), replicas.span());
    return Optional.of(new Workload(Names.modelServer(m.name()), m.id(), Role.MODEL_SERVER, m.nameSpan(), container, resources,
        Inherited.placement(users), tee, scaling, Optional.empty(), Optional.empty(), Optional.empty(), Egress.NONE, Optional.empty(),
        Workload.Session.STATELESS, Optional.empty(), Optional.of(served)));
  }

  /** The model's size, precision and context (the checker has filled in their defaults), with where each was set. */
  private static ServedModel served(Entity m, String engine) {
    Value.Record f = m.fields();
    Optional<Sourced<java.math.BigDecimal>> params = f.get("params").map(v -> Sourced.of(((Value.Quantity) v).base(), v.span()));
    Value.Enum precision = (Value.Enum) f.get("precision").orElseThrow();
    Value.Quantity context = (Value.Quantity) f.get("context").orElseThrow();
    return new ServedModel(m.name(), params, Sourced.of(precision.value(), precision.span()), Sourced.of(context.base().longValue(), context.span()),
        engine);
  }

  private Optional<Tee> inheritedTee(Entity m, List<Workload> users) {
    Optional<Workload> first = users.stream().filter(u -> u.tee().isPresent()).findFirst();
    if (first.isEmpty()) return Optional.empty();
    Tee tee = first.get().tee().get();
    for (Workload u : users) {
      if (u.tee().isPresent() && !u.tee().get().id().equals(tee.id())) {
        diags.add(Diagnostic.of(Code.E0504, u.tee().get().span(), "the model server of `" + m.name() + "` would need two TEEs: `" + first.get().name()
                + "` runs it in `" + tee.name() + "` and `" + u.name() + "` in `" + u.tee().get().name() + "`")
            .label(tee.span(), "`" + tee.name() + "` asked for here").label(m.nameSpan(), "both send prompts to this model")
            .hint("give both agents the same `tee`, or declare a second model (`model " + m.name() + "_" + u.tee().get().name() + " from " + m.name()
                + " {}`) for one of them"));
        break;
      }
    }
    return Optional.of(tee.inheritedBy(first.get().name()));
  }
}
