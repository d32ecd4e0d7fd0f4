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
    long context = f.get("context").map(v -> ((Value.Quantity) v).base().longValue()).orElse(8192L);
    Engines.Server server = Engines.modelServer(engine, Fields.str(f, "weights").orElseThrow(), Fields.enumValue(f, "precision").orElse("fp16"), context);
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
        Workload.Session.STATELESS, Optional.empty()));
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
