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
import java.util.List;
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
    List<Flow> out = new ArrayList<>();
    for (Workload w : plan.workloads()) {
      Entity e = deployment.workloads().get(w.id());
      if (e == null) continue; // model servers and stores: they receive data, they do not send it on
      if (w.role() == Role.ROUTER) {
        for (Value.Ref member : refs(e, "agents")) {
          workload(plan, member.id(), Role.SERVICE, Role.WORKER).ifPresent(m -> out.add(new Flow.ToWorkload(w, m, member.span())));
        }
        if (e.get("router").orElse(null) instanceof Value.Call intent) model(model, plan, w, (Value.Ref) intent.args().get(0), intent, out);
      } else {
        if (e.get("model").orElse(null) instanceof Value.Ref m) model(model, plan, w, m, m, out);
        for (Value.Ref s : refs(e, "stores")) workload(plan, s.id(), Role.STORE).ifPresent(store -> out.add(new Flow.ToWorkload(w, store, s.span())));
        for (Value.Ref t : refs(e, "tools")) {
          String url = ((Value.Str) model.resolve(t).get("url").orElseThrow()).value();
          out.add(new Flow.ToTool(w, t.name(), ToolUrls.host(URI.create(url)).orElseThrow(), t.span()));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The resolved deploy a plan was built from. */
  public static Deployment deployment(Model model, Plan plan) {
    return model.deployments().stream().filter(d -> d.name().equals(plan.name())).findFirst()
        .orElseThrow(() -> new IllegalStateException("no deploy named " + plan.name()));
  }

  private static void model(Model model, Plan plan, Workload from, Value.Ref ref, Value at, List<Flow> out) {
    Entity m = model.resolve(ref);
    if (m.get("provider").orElse(null) instanceof Value.Ref p) {
      Entity provider = model.resolve(p);
      out.add(new Flow.ToProvider(from, m.name(), new Flow.Provider(p.name(), str(provider, "jurisdiction"), str(provider, "host"),
          provider.get("regional").map(v -> ((Value.Bool) v).value()).orElse(false)), at.span()));
    } else {
      workload(plan, m.id(), Role.MODEL_SERVER).ifPresent(server -> out.add(new Flow.ToWorkload(from, server, at.span())));
    }
  }

  private static Optional<Workload> workload(Plan plan, String id, Role... roles) {
    List<Role> wanted = List.of(roles);
    return plan.workloads().stream().filter(w -> w.id().equals(id) && wanted.contains(w.role())).findFirst();
  }

  private static List<Value.Ref> refs(Entity e, String field) {
    return e.get(field).map(v -> ((Value.ListOf) v).items().stream().map(Value.Ref.class::cast).toList()).orElse(List.of());
  }

  private static String str(Entity e, String field) {
    return switch (e.get(field).orElseThrow()) {
      case Value.Str s -> s.value();
      case Value.Enum en -> en.value();
      default -> throw new IllegalStateException(e.id() + "." + field + " is not text");
    };
  }
}
