package dev.agentc.ir;

import dev.agentc.model.Entity;
import dev.agentc.model.Value;
import dev.agentc.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The workload of a store: its engine's pinned image and port, a volume, and the clusters of its users. */
final class StoreWorkloads {
  private final Catalog catalog;
  private final Secrets secrets;

  StoreWorkloads(Catalog catalog, Secrets secrets) {
    this.catalog = catalog;
    this.secrets = secrets;
  }

  Workload store(Entity s, List<Workload> users) {
    Value.Record f = s.fields();
    String name = Names.dns(s.name());
    String engineName = Fields.enumValue(f, "engine").orElseThrow();
    Engines.Store engine = Engines.store(engineName);
    Sourced<String> image = f.get("image").map(v -> Sourced.of(((Value.Str) v).value(), v.span())).orElse(Sourced.of(engine.image(), s.nameSpan()));
    String persistence = Fields.enumValue(f, "persistence").orElse("none");
    List<EnvVar> env = new ArrayList<>();
    engine.credentials().ifPresent(c -> {
      // The password is supplied at apply like every secret (the postgres image refuses to start without one).
      c.userVariable().ifPresent(v -> env.add(new EnvVar(v, new EnvVar.Value.Literal(c.user()), s.nameSpan())));
      env.add(new EnvVar(c.passwordVariable(), new EnvVar.Value.Secret(passwordKey(secrets, s)), s.nameSpan()));
    });
    Container container = new Container(image, List.of(), Engines.storeArgs(engineName, persistence),
        Optional.of(new Container.Port(engine.port(), engine.scheme(), s.nameSpan())), env, Optional.empty(), engine.probe(), false);
    Optional<Storage.Backup> backup = Fields.record(f, "backup").map(b -> new Storage.Backup(Fields.str(b, "schedule").orElse("0 3 * * *"),
        Fields.integer(b, "keep").orElse(7L).intValue(), b.span()));
    Storage storage = new Storage(engineName, AgentWorkloads.memory(f, "size"), persistence, engine.dataPath(), backup, s.nameSpan());
    int replicas = Fields.integer(f, "replicas").orElse(1L).intValue();
    return new Workload(name, s.id(), Role.STORE, s.nameSpan(), container, Resources.NONE, placement(f, users), Optional.empty(),
        Scaling.fixed(replicas, f.get("replicas").map(Value::span).orElse(Span.NONE)), Optional.empty(), Optional.empty(), Optional.empty(),
        Egress.NONE, Optional.of(storage), Workload.Session.STATELESS, Optional.empty(), Optional.empty());
  }

  /** The key of a store's password in the deploy's secret object. */
  static String passwordKey(Secrets secrets, Entity store) {
    return secrets.key(store.name() + "_password", store.id() + ".password", store.nameSpan());
  }

  /** A store's own regions if it names some; else, like every workload that serves others, the placement of its users. */
  private Placement placement(Value.Record f, List<Workload> users) {
    Placement inherited = Inherited.placement(users);
    if (f.get("regions").isEmpty()) return inherited;
    List<Placement.Region> regions = Fields.refs(f, "regions").stream().map(catalog::region).toList();
    return new Placement(regions, inherited.clusters(), Optional.empty(), inherited.inheritedFrom(), f.get("regions").get().span());
  }
}
