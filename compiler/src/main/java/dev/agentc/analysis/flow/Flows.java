package dev.agentc.analysis.flow;

import dev.agentc.ir.Plan;
import dev.agentc.ir.Role;
import dev.agentc.ir.Workload;
import dev.agentc.model.Deployment;
import dev.agentc.model.Entity;
import dev.agentc.model.Model;
import dev.agentc.model.ToolUrls;
import dev.agentc.model.Value;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a deploy's data goes: for each agent, its model (a model server of the plan or a
 * provider's API), its stores and its tools; for each swarm router, its members and its intent
 * model. Read from the deploy's entities (overrides applied) and matched to the plan's workloads
 * by declaration id. One step only: nothing here follows flows transitively, so a loop cannot
 * make it run forever.
 */
public final class Flows {
  private Flows() {}

  public static List<Flow> of(Model model, Plan plan) {
    Deployment deployment = deployment(model, plan);
    Map<String, List<Workload>> byId = new HashMap<>();
    for (Workload w : plan.workloads()) byId.computeIfAbsent(w.id(), k -> new ArrayList<>(1)).add(w);
    Map<String, String> toolHosts = new HashMap<>(); // many agents share a tool: its URL is parsed once
    List<Flow> out = new ArrayList<>();
    for (Workload w : plan.workloads()) {
      Entity e = deployment.workloads().get(w.id());
      if (e == null) continue; // model servers and stores: they receive data, they do not send it on
      if (w.role() == Role.ROUTER) {
        for (Value.Ref member : refs(e, "agents")) {
          workload(byId, member.id(), Role.SERVICE, Role.WORKER).ifPresent(m -> out.add(new Flow.ToWorkload(w, m, member.span())));
        }
        if (e.get("router").orElse(null) instanceof Value.Call intent) model(model, byId, w, (Value.Ref) intent.args().get(0), intent, out);
      } else {
        if (e.get("model").orElse(null) instanceof Value.Ref m) model(model, byId, w, m, m, out);
        for (Value.Ref s : refs(e, "stores")) workload(byId, s.id(), Role.STORE).ifPresent(store -> out.add(new Flow.ToWorkload(w, store, s.span())));
        for (Value.Ref t : refs(e, "tools")) out.add(new Flow.ToTool(w, t.name(), toolHosts.computeIfAbsent(t.id(), id -> host(model, t)), t.span()));
      }
    }
    return List.copyOf(out);
  }

  private static String host(Model model, Value.Ref tool) {
    String url = ((Value.Str) model.resolve(tool).get("url").orElseThrow()).value();
    return ToolUrls.host(URI.create(url)).orElseThrow();
  }

  /** The resolved deploy a plan was built from. */
  public static Deployment deployment(Model model, Plan plan) {
    for (Deployment d : model.deployments()) {
      if (d.name().equals(plan.name())) return d;
    }
    throw new IllegalStateException("no deploy named " + plan.name());
  }

  private static void model(Model model, Map<String, List<Workload>> byId, Workload from, Value.Ref ref, Value at, List<Flow> out) {
    Entity m = model.resolve(ref);
    if (m.get("provider").orElse(null) instanceof Value.Ref p) {
      Entity provider = model.resolve(p);
      out.add(new Flow.ToProvider(from, m.name(), new Flow.Provider(p.name(), str(provider, "jurisdiction"), str(provider, "host"),
          provider.get("regional").map(v -> ((Value.Bool) v).value()).orElse(false)), at.span()));
    } else {
      workload(byId, m.id(), Role.MODEL_SERVER).ifPresent(server -> out.add(new Flow.ToWorkload(from, server, at.span())));
    }
  }

  /** The workload of declaration {@code id} in one of these roles; {@code byId} holds the plan's workloads by declaration id. */
  private static Optional<Workload> workload(Map<String, List<Workload>> byId, String id, Role... roles) {
    for (Workload w : byId.getOrDefault(id, List.of())) {
      for (Role r : roles) {
        if (w.role() == r) return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked") // the checker typed the field: a list of references holds only Refs
  private static List<Value.Ref> refs(Entity e, String field) {
    return e.get(field).map(v -> (List<Value.Ref>) (List<?>) ((Value.ListOf) v).items()).orElse(List.of());
  }

  private static String str(Entity e, String field) {
    return switch (e.get(field).orElseThrow()) {
      case Value.Str s -> s.value();
      case Value.Enum en -> en.value();
      default -> throw new IllegalStateException(e.id() + "." + field + " is not text");
    };
  }
}
