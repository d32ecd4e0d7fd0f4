package dev.agentc.ir;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.model.Entity;
import dev.agentc.model.Model;
import dev.agentc.model.ToolUrls;
import dev.agentc.model.Value;
import dev.agentc.source.Span;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The workloads of agents and of swarm routers. */
final class AgentWorkloads {
  private final Model model;
  private final Catalog catalog;
  private final Settings settings;
  private final Diagnostics diags;
  private final Secrets secrets;
  private final boolean egressRestricted;
  /*
   * What a model, store or tool gives the agents that use it is the same for each of them (the
   * deploy's agents share a few): it is worked out once per deploy, by declaration id.
   */
  private final Map<String, Use> modelUses = new HashMap<>();
  private final Map<String, Use> storeUses = new HashMap<>();
  private final Map<String, Tool> tools = new HashMap<>();
  private final Map<String, EnvVar.Value> secretValues = new HashMap<>();
  /**
   * Monthly budgets by period and amount: agents often share one, and the conversion is decimal
   * arithmetic. Two maps rather than one keyed by a record: a record's hashCode is slow in a cold JVM.
   */
  private final Map<String, Map<BigDecimal, BigDecimal>> monthly = new HashMap<>();

  AgentWorkloads(Model model, Catalog catalog, Settings settings, Diagnostics diags, Secrets secrets, boolean egressRestricted) {
    this.model = model;
    this.catalog = catalog;
    this.settings = settings;
    this.diags = diags;
    this.secrets = secrets;
    this.egressRestricted = egressRestricted;
  }

  Workload agent(Entity e) {
    Value.Record f = e.fields();
    // Fields.value rather than Optionals and lambdas: this runs for every agent of every deploy
    boolean worker = Fields.enumValue(f, "kind", "service").equals("worker");
    Role role = worker ? Role.WORKER : Role.SERVICE;
    Env env = new Env();
    if (Fields.value(f, "env") instanceof Value.MapOf vars) {
      for (Value.MapOf.Entry entry : vars.entries()) {
        switch (entry.value()) {
          case Value.Ref ref -> env.add(entry.key(), secret(ref), entry.keySpan());
          case Value.Str s -> env.add(entry.key(), new EnvVar.Value.Literal(s.value()), entry.keySpan());
          default -> { }
        }
      }
    }
    List<Egress.Peer> peers = new ArrayList<>();
    List<Egress.Host> hosts = new ArrayList<>();
    if (Fields.value(f, "model") instanceof Value.Ref m) modelUse(model.resolve(m)).addTo(env, peers, hosts);
    List<Value.Ref> stores = Fields.refs(f, "stores");
    for (int i = 0; i < stores.size(); i++) storeUse(model.resolve(stores.get(i))).addTo(env, peers, hosts); // indexed: no iterator per agent
    List<Value.Ref> tools = Fields.refs(f, "tools");
    for (int i = 0; i < tools.size(); i++) toolEnv(model.resolve(tools.get(i)), tools.get(i).span(), env, hosts);
    if (Fields.value(f, "batch") instanceof Value.Record b) {
      Fields.integer(b, "max_size").ifPresent(n -> env.generated("AGENTC_BATCH_MAX", Long.toString(n)));
      if (Fields.value(b, "timeout") instanceof Value.Quantity t) env.generated("AGENTC_BATCH_TIMEOUT", t.text());
    }
    if (Fields.value(f, "timeout") instanceof Value.Quantity t) env.generated("AGENTC_TIMEOUT", t.text());

    Value.Str image = (Value.Str) Objects.requireNonNull(Fields.value(f, "image"));
    List<String> command = new ArrayList<>();
    for (Value v : Fields.list(f, "command")) command.add(((Value.Str) v).value());
    Value portValue = Fields.value(f, "port");
    Optional<Container.Port> port = worker ? Optional.empty()
        : Optional.of(new Container.Port(portValue == null ? 8000 : (int) ((Value.Int) portValue).value(), Fields.enumValue(f, "protocol", "http"),
            portValue == null ? e.nameSpan() : portValue.span()));
    Container container = new Container(Sourced.of(image.value(), image.span()), command, List.of(), port, env.vars(),
        probe(f, "health", worker), probe(f, "ready", worker), false);
    Placement placement = placement(f, e);
    Optional<Tee> tee = Fields.ref(f, "tee").map(catalog::tee);
    Workload.Session session = Workload.Session.valueOf(Fields.enumValue(f, "session", "stateless").toUpperCase(java.util.Locale.ROOT));
    Optional<Budget> budget = Fields.value(f, "budget") instanceof Value.Record b ? Optional.of(budget(b)) : Optional.empty();
    return new Workload(Names.dns(e.name()), e.id(), role, e.nameSpan(), container, resources(Fields.record(f, "resources")), placement, tee,
        scaling(f), rollout(f), Fields.record(f, "expose").map(AgentWorkloads::exposure), rateLimit(f),
        new Egress(peers, hosts, egressRestricted), Optional.empty(), session, budget, Optional.empty());
  }

  private Budget budget(Value.Record b) {
    Value.Price p = (Value.Price) Objects.requireNonNull(Fields.value(b, "monthly"));
    BigDecimal perMonth = monthly.computeIfAbsent(p.per(), per -> new HashMap<>()).computeIfAbsent(p.amount(), amount -> PlanBuilder.monthly(p));
    return new Budget(perMonth, p.currency(), Fields.str(b, "alert"), p.span());
  }

  /** A swarm's router: agentc's router image, told where each member is and how to route; placed where its members run. */
  Workload router(Entity swarm, List<Workload> members) {
    Env env = new Env();
    List<Egress.Peer> peers = new ArrayList<>();
    for (Value.Ref member : Fields.refs(swarm.fields(), "agents")) {
      String name = Names.dns(member.name());
      env.add(Names.env(member.name()) + "_URL", new EnvVar.Value.Endpoint(name, "http", 80), member.span());
      peers.add(new Egress.Peer(name, 80));
    }
    List<Egress.Host> hosts = new ArrayList<>();
    Value routerValue = swarm.get("router").orElseThrow();
    String routing = routerValue instanceof Value.Call c ? c.name() : ((Value.Enum) routerValue).value();
    env.add("ROUTER", new EnvVar.Value.Literal(routing), routerValue.span());
    if (routerValue instanceof Value.Call c) {
      Entity m = model.resolve((Value.Ref) c.args().get(0));
      env.add("ROUTER_MODEL", new EnvVar.Value.Literal(Names.env(m.name())), c.span());
      modelUse(m).addTo(env, peers, hosts);
    }
    Container container = new Container(Sourced.of(Engines.ROUTER_IMAGE, Span.NONE), List.of(), List.of(),
        Optional.of(new Container.Port(Engines.ROUTER_PORT, "http", swarm.nameSpan())), env.vars(),
        Optional.of(new Container.Probe.Http("/health", Span.NONE)), Optional.of(new Container.Probe.Http("/ready", Span.NONE)), false);
    return new Workload(Names.dns(swarm.name()), swarm.id(), Role.ROUTER, swarm.nameSpan(), container, Resources.NONE,
        Inherited.placement(members), Optional.empty(), Scaling.fixed(1, Span.NONE),
        Optional.empty(), Fields.record(swarm.fields(), "expose").map(AgentWorkloads::exposure), Optional.empty(),
        new Egress(peers, hosts, egressRestricted), Optional.empty(), Workload.Session.STATELESS, Optional.empty(), Optional.empty());
  }

  /** What using a model, a store or a tool adds to a workload's environment and egress. */
  private record Use(List<EnvVar> env, List<Egress.Peer> peers, List<Egress.Host> hosts) {
    void addTo(Env to, List<Egress.Peer> peers, List<Egress.Host> hosts) {
      // one by one: addAll copies its argument into an array first
      for (int i = 0; i < env.size(); i++) to.add(env.get(i));
      for (int i = 0; i < this.peers.size(); i++) peers.add(this.peers.get(i));
      for (int i = 0; i < this.hosts.size(); i++) hosts.add(this.hosts.get(i));
    }
  }

  private Use modelUse(Entity m) { return modelUses.computeIfAbsent(m.id(), id -> modelEnv(m)); }

  /** The environment an agent gets for its model: a model server's URL, or a provider's endpoint and key. */
  private Use modelEnv(Entity m) {
    String prefix = Names.env(m.name());
    if (m.get("weights").isPresent()) {
      String server = Names.modelServer(m.name());
      return new Use(List.of(new EnvVar(prefix + "_URL", new EnvVar.Value.Endpoint(server, "http", 80), m.nameSpan())),
          List.of(new Egress.Peer(server, 80)), List.of());
    }
    Env env = new Env();
    List<Egress.Host> hosts = new ArrayList<>();
    m.get("provider").ifPresent(p -> {
      Entity provider = model.resolve((Value.Ref) p);
      String host = Fields.str(provider.fields(), "host").orElseThrow();
      env.add(prefix + "_URL", new EnvVar.Value.Literal("https://" + host), p.span());
      hosts.add(new Egress.Host(host, 443, "model " + m.name(), p.span()));
    });
    Fields.str(m.fields(), "name").ifPresent(n -> env.add(prefix + "_MODEL", new EnvVar.Value.Literal(n), m.nameSpan()));
    Fields.ref(m.fields(), "api_key").ifPresent(k -> env.add(prefix + "_API_KEY", secret(k), k.span()));
    return new Use(env.vars(), List.of(), List.copyOf(hosts));
  }

  private Use storeUse(Entity store) { return storeUses.computeIfAbsent(store.id(), id -> storeEnv(store)); }

  private Use storeEnv(Entity store) {
    Engines.Store engine = Engines.store(Fields.enumValue(store.fields(), "engine").orElseThrow());
    String name = Names.dns(store.name());
    String prefix = Names.env(store.name());
    Env env = new Env();
    env.add(prefix + "_URL", new EnvVar.Value.Endpoint(name, engine.scheme(), engine.port()), store.nameSpan());
    engine.credentials().ifPresent(c -> {
      env.add(prefix + "_USER", new EnvVar.Value.Literal(c.user()), store.nameSpan());
      env.add(prefix + "_PASSWORD", new EnvVar.Value.Secret(StoreWorkloads.passwordKey(secrets, store)), store.nameSpan());
    });
    return new Use(env.vars(), List.of(new Egress.Peer(name, engine.port())), List.of());
  }

  /** A tool's base URL and credentials, and the host it needs to reach; the URL and the host point at the agent's reference. */
  private void toolEnv(Entity tool, Span usedAt, Env env, List<Egress.Host> hosts) {
    Tool t = tools.computeIfAbsent(tool.id(), id -> tool(tool));
    env.add(t.urlVariable(), t.url(), usedAt);
    t.auth().forEach(env::add);
    t.address().ifPresent(a -> hosts.add(new Egress.Host(a.host(), a.port(), t.origin(), usedAt)));
  }

  /** What every use of a tool shares. */
  private record Tool(String urlVariable, EnvVar.Value url, List<EnvVar> auth, Optional<Address> address, String origin) {}

  private Tool tool(Entity tool) {
    String prefix = Names.env(tool.name());
    String url = Fields.str(tool.fields(), "url").orElseThrow();
    List<EnvVar> auth = switch (tool.get("auth").orElse(new Value.None(Span.NONE))) {
      case Value.Call c when c.name().equals("bearer") -> List.of(new EnvVar(prefix + "_TOKEN", secret((Value.Ref) c.args().get(0)), c.span()));
      case Value.Call c when c.name().equals("api_key") -> List.of(
          new EnvVar(prefix + "_API_KEY", secret((Value.Ref) c.args().get(0)), c.span()),
          new EnvVar(prefix + "_API_KEY_HEADER", new EnvVar.Value.Literal(((Value.Str) c.args().get(1)).value()), c.span()));
      default -> List.of();
    };
    return new Tool(prefix + "_URL", new EnvVar.Value.Literal(url), auth, address(url), "tool " + tool.name());
  }

  /** The host and port a tool's URL reaches, if it names a host. */
  private record Address(String host, int port) {}

  private static Optional<Address> address(String url) {
    URI uri = URI.create(url);
    return ToolUrls.host(uri).map(host -> new Address(host, uri.getPort() > 0 ? uri.getPort() : "http".equals(uri.getScheme()) ? 80 : 443));
  }

  /** A secret's reference. Its key is registered once per deploy: again, it could only repeat a clash diagnostic, which the sort drops. */
  private EnvVar.Value secret(Value.Ref ref) {
    return secretValues.computeIfAbsent(ref.id(), id -> new EnvVar.Value.Secret(secrets.key(ref.name(), id, model.resolve(ref).nameSpan())));
  }

  private static Optional<Container.Probe> probe(Value.Record f, String field, boolean worker) {
    return !worker && Fields.value(f, field) instanceof Value.Str path ? Optional.of(new Container.Probe.Http(path.value(), path.span())) : Optional.empty();
  }

  static Optional<Memory> memory(Value.Record f, String field) {
    return Fields.value(f, field) instanceof Value.Quantity q ? Optional.of(new Memory(q.base().longValue(), q.text(), q.span())) : Optional.empty();
  }

  Resources resources(Optional<Value.Record> r) {
    if (r.isEmpty()) return Resources.NONE;
    Value.Record f = r.get();
    Value cpu = Fields.value(f, "cpu");
    return new Resources(cpu == null ? Optional.empty() : Optional.of(Sourced.of(((Value.Dec) cpu).value(), cpu.span())), memory(f, "memory"),
        gpu(f.get("gpu")), memory(f, "ephemeral"));
  }

  Optional<Resources.GpuRequest> gpu(Optional<Value> v) {
    return v.map(g -> {
      Value.Gpu gpu = (Value.Gpu) g;
      return new Resources.GpuRequest(gpu.count(), catalog.gpu(gpu.gpu()), gpu.span());
    });
  }

  /** Regions, the clusters they map to, and spot capacity. A region with no cluster is an error when the deploy maps clusters. */
  Placement placement(Value.Record f, Entity e) {
    List<Value.Ref> written = Fields.refs(f, "regions");
    List<Placement.Region> regions = new ArrayList<>(written.size());
    for (int i = 0; i < written.size(); i++) regions.add(catalog.region(written.get(i)));
    List<String> clusters = new ArrayList<>();
    Optional<Settings.Kubernetes> kubernetes = settings.kubernetes();
    if (kubernetes.isPresent() && !kubernetes.get().clusters().isEmpty()) clusters(kubernetes.get(), regions, e, clusters);
    Optional<Placement.Spot> spot = Fields.record(f, "spot").map(s -> {
      Optional<Value.Price> max = s.get("max_price").map(Value.Price.class::cast);
      return new Placement.Spot(max.map(Value.Price::perHour), max.map(Value.Price::currency).orElse("USD"),
          Fields.enumValue(s, "fallback").orElse("on_demand").equals("on_demand"), s.span());
    });
    Value list = Fields.value(f, "regions");
    Span span = list == null ? Span.NONE : list.span();
    return new Placement(regions, clusters, spot, List.of(), span);
  }

  /** The kube contexts of the clusters mapped to the regions, into {@code clusters}: every mapped cluster for a workload without regions. */
  private void clusters(Settings.Kubernetes k, List<Placement.Region> regions, Entity e, List<String> clusters) {
    if (regions.isEmpty()) {
      k.clusters().stream().map(Settings.Cluster::context).distinct().sorted().forEach(clusters::add);
      return;
    }
    for (Placement.Region r : regions) {
      Optional<String> context = k.clusters().stream().filter(c -> c.regionId().equals(r.id())).map(Settings.Cluster::context).findFirst();
      if (context.isEmpty()) {
        diags.add(Diagnostic.of(Code.E0507, r.span(), "`" + e.name() + "` runs in `" + r.name() + "`, but the deploy maps no cluster to it")
            .label(k.span(), "clusters are mapped here")
            .hint("add `" + r.name() + " = \"<kube context>\"` to `kubernetes { clusters { … } }`, or drop the region (an `override` can)"));
      } else if (!clusters.contains(context.get())) {
        clusters.add(context.get());
      }
    }
    clusters.sort(null);
  }

  private Scaling scaling(Value.Record f) {
    Optional<Value.Record> scale = Fields.record(f, "scale");
    if (scale.isEmpty()) return Scaling.fixed(1, Span.NONE);
    Value.Record s = scale.get();
    Value replicas = Objects.requireNonNull(Fields.value(s, "replicas"));
    int min = replicas instanceof Value.Range r ? (int) r.low() : (int) ((Value.Int) replicas).value();
    int max = replicas instanceof Value.Range r ? (int) r.high() : min;
    List<Value.Call> on = Fields.calls(s, "on");
    List<Scaling.Trigger> triggers = new ArrayList<>(on.size());
    for (int i = 0; i < on.size(); i++) triggers.add(trigger(on.get(i))); // indexed: no iterator per agent
    Value cooldown = Fields.value(s, "cooldown");
    return new Scaling(min, max, triggers, Fields.integer(s, "step").map(Long::intValue),
        cooldown == null ? Optional.empty() : Optional.of(((Value.Quantity) cooldown).base().longValue()), replicas.span().isNone() ? s.span() : replicas.span());
  }

  private Scaling.Trigger trigger(Value.Call c) {
    List<Value> a = c.args();
    return switch (c.name()) {
      case "cpu" -> new Scaling.Trigger.Cpu(((Value.Quantity) a.get(0)).base().intValue(), c.span());
      case "memory" -> new Scaling.Trigger.Memory(((Value.Quantity) a.get(0)).base().intValue(), c.span());
      case "rps" -> new Scaling.Trigger.Rps(((Value.Int) a.get(0)).value(), c.span());
      case "queue" -> queue(c);
      default -> new Scaling.Trigger.Cron(((Value.Str) a.get(0)).value(), (int) ((Value.Int) a.get(1)).value(), c.span());
    };
  }

  private Scaling.Trigger queue(Value.Call c) {
    Value.Ref store = (Value.Ref) c.args().get(0);
    String engine = Fields.enumValue(model.resolve(store).fields(), "engine").orElseThrow();
    return new Scaling.Trigger.Queue(Names.dns(store.name()), engine, Engines.store(engine).port(), ((Value.Str) c.args().get(1)).value(),
        ((Value.Int) c.args().get(2)).value(), c.span());
  }

  /** The scale triggers of an agent as written. */
  static List<Value.Call> triggers(Entity agent) {
    return Fields.value(agent.fields(), "scale") instanceof Value.Record s ? Fields.calls(s, "on") : List.of();
  }

  private static Optional<Rollout> rollout(Value.Record f) {
    return Fields.record(f, "rollout").map(r -> new Rollout(
        Rollout.Strategy.valueOf(Fields.enumValue(r, "strategy").orElse("rolling").toUpperCase(java.util.Locale.ROOT)),
        Fields.list(r, "steps").stream().map(v -> ((Value.Quantity) v).base().intValue()).toList(),
        r.get("pause").map(v -> ((Value.Quantity) v).base().longValue()), r.span()));
  }

  static Exposure exposure(Value.Record e) {
    return new Exposure(Fields.str(e, "host").orElseThrow(), e.get("tls").map(v -> ((Value.Bool) v).value()).orElse(true),
        Fields.str(e, "path").orElse("/"), e.span());
  }

  /** Rates per month have no gateway unit: they become the equivalent per hour, rounded down. */
  private static Optional<RateLimit> rateLimit(Value.Record f) {
    return Fields.record(f, "rate_limit").map(r -> {
      Value.Rate rate = (Value.Rate) r.get("requests").orElseThrow();
      String unit = switch (rate.per()) {
        case "s" -> "Second";
        case "min" -> "Minute";
        default -> "Hour";
      };
      BigDecimal amount = rate.per().equals("month") ? rate.amount().divide(Value.Price.HOURS_PER_MONTH, 0, java.math.RoundingMode.DOWN) : rate.amount();
      return new RateLimit(Math.max(1, amount.longValue()), unit, Fields.integer(r, "burst").map(Long::intValue), r.span());
    });
  }

  /**
   * Environment in order: the user's `env` first (it wins), then what agentc adds. A list searched
   * by name rather than a linked hash map: a workload has a handful of variables, and there is one per agent.
   */
  static final class Env {
    private final List<EnvVar> vars = new ArrayList<>();

    void add(String name, EnvVar.Value value, Span span) { add(new EnvVar(name, value, span)); }

    void add(EnvVar v) {
      for (int i = 0; i < vars.size(); i++) {
        if (vars.get(i).name().equals(v.name())) return;
      }
      vars.add(v);
    }

    void generated(String name, String value) { add(name, new EnvVar.Value.Literal(value), Span.NONE); }

    List<EnvVar> vars() { return List.copyOf(vars); }
  }
}
