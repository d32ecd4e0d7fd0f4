package dev.agentc.ir;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.model.Deployment;
import dev.agentc.model.DnsNames;
import dev.agentc.model.Entity;
import dev.agentc.model.Model;
import dev.agentc.model.Value;
import dev.agentc.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the plan of one deploy: its agents and swarm routers, then the model servers and stores
 * they use (placed where their users run), then the checks only a whole plan can make.
 */
final class PlanBuilder {
  private final Model model;
  private final Deployment deployment;
  private final Diagnostics diags;
  private final Catalog catalog;
  private final Settings settings;
  private final String dnsName;
  private final Map<String, Workload> workloads = new TreeMap<>();
  private final Secrets secrets;
  /** Users of each self-hosted model and each store, by model or store id, in deploy order. */
  private final Map<String, List<Workload>> modelUsers = new LinkedHashMap<>();
  private final Map<String, List<Workload>> storeUsers = new LinkedHashMap<>();

  PlanBuilder(Model model, Catalog catalog, Deployment deployment, Diagnostics diags) {
    this.model = model;
    this.deployment = deployment;
    this.diags = diags;
    this.catalog = catalog;
    this.dnsName = Names.dns(deployment.name());
    this.settings = new SettingsReader(catalog, diags).read(deployment.deploy(), dnsName);
    this.secrets = new Secrets(diags);
  }

  Plan build() {
    Entity deploy = deployment.deploy();
    // Egress is restricted to named hosts when the deploy has policies and none of them says `egress = any`.
    boolean restricted = !deployment.policies().isEmpty()
        && deployment.policies().stream().noneMatch(p -> Fields.enumValue(p.fields(), "egress").orElse("").equals("any"));
    AgentWorkloads agents = new AgentWorkloads(model, catalog, settings, diags, secrets, restricted);
    List<Plan.Swarm> swarms = new ArrayList<>();
    for (Entity e : deployment.workloads().values()) {
      if (e.kind().equals("agent")) {
        Workload w = agents.agent(e);
        add(w, e);
        use(e, w);
      }
    }
    for (Entity e : deployment.workloads().values()) {
      if (e.kind().equals("swarm")) {
        List<Workload> members = Fields.refs(e.fields(), "agents").stream().map(r -> workloads.get(Names.dns(r.name()))).filter(w -> w != null).toList();
        Workload router = agents.router(e, members);
        add(router, e);
        e.get("router").filter(v -> v instanceof Value.Call).map(v -> (Value.Ref) ((Value.Call) v).args().get(0))
            .ifPresent(m -> usesModel(m, router));
        swarms.add(new Plan.Swarm(router.name(), router.name(),
            Fields.refs(e.fields(), "agents").stream().map(r -> Names.dns(r.name())).toList(), routing(e), e.nameSpan()));
      }
    }
    if (workloads.isEmpty()) {
      Span at = deploy.get("agents").map(Value::span).orElse(deploy.nameSpan());
      diags.add(Diagnostic.of(Code.E0502, at, deploy.name()).hint("list the agents or swarms to deploy, e.g. `agents = [support_bot]`"));
    }
    ModelServers servers = new ModelServers(catalog, diags);
    modelUsers.forEach((id, users) -> servers.server(model.entity(id).orElseThrow(), users).ifPresent(w -> add(w, model.entity(id).orElseThrow())));
    StoreWorkloads stores = new StoreWorkloads(catalog, secrets);
    storeUsers.forEach((id, users) -> add(stores.store(model.entity(id).orElseThrow(), users), model.entity(id).orElseThrow()));
    new PlanChecks(settings, diags).check(workloads.values(), deployment.policies());

    Optional<Budget> maxMonthly = deployment.policies().stream()
        .flatMap(p -> p.get("max_monthly").stream().map(v -> budget((Value.Price) v, Optional.empty())))
        .min(Comparator.comparing(Budget::monthly));
    List<Workload> sorted = List.copyOf(workloads.values()); // by name: the map's keys
    Prices prices = catalog.prices(settings.kubernetes().map(k -> k.cloud().name()).orElse("generic"));
    return new Plan(deploy.name(), dnsName, deploy.module(), deploy.nameSpan(), sorted, swarms, secrets.all(), settings, maxMonthly, prices);
  }

  static Budget budget(Value.Price p, Optional<String> alert) { return new Budget(monthly(p), p.currency(), alert, p.span()); }

  /** A price per month, to the cent. */
  static java.math.BigDecimal monthly(Value.Price p) { return p.perMonth().setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros(); }

  private static String routing(Entity swarm) {
    return switch (swarm.get("router").orElseThrow()) {
      case Value.Call c -> c.name();
      case Value.Enum e -> e.value();
      default -> "round_robin";
    };
  }

  /** Records what an agent uses, so model servers and stores are placed where it runs. */
  private void use(Entity agent, Workload w) {
    if (Fields.value(agent.fields(), "model") instanceof Value.Ref m) usesModel(m, w);
    for (Value.Ref s : Fields.refs(agent.fields(), "stores")) storeUsers.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(w);
    for (Value.Call c : AgentWorkloads.triggers(agent)) {
      if (c.name().equals("queue")) storeUsers.computeIfAbsent(((Value.Ref) c.args().get(0)).id(), k -> new ArrayList<>()).add(w);
    }
  }

  private void usesModel(Value.Ref m, Workload user) {
    Entity model = this.model.resolve(m);
    if (Fields.value(model.fields(), "weights") != null) modelUsers.computeIfAbsent(model.id(), k -> new ArrayList<>()).add(user);
  }

  private void add(Workload w, Entity from) {
    Workload clash = workloads.putIfAbsent(w.name(), w);
    if (clash != null && !clash.id().equals(w.id())) {
      diags.add(Diagnostic.of(Code.E0313, from.nameSpan(), from.name(), "in deploy `" + deployment.name() + "` it becomes `" + w.name()
          + "`, like `" + clash.id() + "`").label(clash.span(), "the other one").hint("rename one of them"));
    } else if (w.name().length() > DnsNames.MAX_NAME) {
      diags.add(Diagnostic.of(Code.E0313, from.nameSpan(), from.name(), "its object `" + w.name() + "` would be " + w.name().length()
          + " characters, and at most " + DnsNames.MAX_NAME + " leave room for the suffixes of a 63-character name").hint("choose a shorter name"));
    }
  }
}
