package dev.agentc.analysis.tee;

import dev.agentc.analysis.Analysis;
import dev.agentc.analysis.flow.Flow;
import dev.agentc.analysis.flow.Flows;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Role;
import dev.agentc.ir.Tee;
import dev.agentc.ir.Workload;
import dev.agentc.model.Entity;
import dev.agentc.model.Model;
import dev.agentc.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a TEE is for: policy `require_tee` puts every agent in one, and a prompt that starts inside
 * one must not leave it for a model outside one (an external provider, or a model server without
 * the TEE). A swarm router carries its members' prompts, so a router in front of a TEE member is
 * held to the member's TEE. Stores are not: no target offers a confidential store, so an agent
 * encrypts what it stores. Which TEE a target, cloud or GPU can provide is checked where the
 * plan is built (E0505) and by each target.
 */
public final class TeeGuards implements Analysis {
  @Override
  public List<Diagnostic> check(Model model, Plan plan) {
    List<Diagnostic> out = new ArrayList<>();
    for (Entity policy : Flows.deployment(model, plan).policies()) {
      if (!(policy.get("require_tee").orElse(null) instanceof Value.Bool required && required.value())) continue;
      for (Workload w : plan.workloads()) {
        if ((w.role() == Role.SERVICE || w.role() == Role.WORKER) && w.tee().isEmpty()) {
          out.add(Diagnostic.of(Code.E0621, w.span(), "in deploy `" + plan.name() + "`, `" + Flow.nameOf(w) + "` runs outside a TEE, and policy `"
                  + policy.name() + "` requires every agent to run in one")
              .label(required.span(), "required here")
              .hint("give `" + Flow.nameOf(w) + "` a `tee`: " + offered(plan)).build());
        }
      }
    }
    // Only a workload in a TEE (or a router in front of one) has prompts that can leak: most plans have none.
    if (plan.workloads().stream().anyMatch(w -> w.tee().isPresent())) {
      for (Flow f : Flows.of(model, plan)) leak(plan, f).ifPresent(out::add);
    }
    return out;
  }

  /** Which TEE to suggest, by the targets the deploy builds for (std.tee lists which target offers which). */
  private static String offered(Plan plan) {
    List<String> out = new ArrayList<>();
    plan.settings().kubernetes().ifPresent(k -> out.add("`sev_snp` or `tdx` on Kubernetes"));
    plan.settings().aleph().ifPresent(a -> out.add("`sev` on Aleph"));
    plan.settings().compose().ifPresent(c -> out.add("none on Compose (build for Kubernetes or Aleph)"));
    return out.isEmpty() ? "one the deploy's targets offer" : String.join("; ", out);
  }

  private static Optional<Diagnostic> leak(Plan plan, Flow f) {
    Optional<Sender> sender = Sender.of(plan, f.from());
    if (sender.isEmpty()) return Optional.empty();
    boolean leaves = switch (f) {
      case Flow.ToProvider p -> true;
      case Flow.ToWorkload w -> w.to().role() == Role.MODEL_SERVER && w.to().tee().isEmpty();
      case Flow.ToTool t -> false;
    };
    if (!leaves) return Optional.empty();
    Sender s = sender.get();
    String where = f instanceof Flow.ToProvider ? "" : " (its model server runs outside a TEE)";
    return Optional.of(Diagnostic.of(Code.E0622, f.span(), "in deploy `" + plan.name() + "`, " + s.who() + " runs in `" + s.tee().name()
            + "`, but its prompts leave the TEE: " + f.path() + where)
        .label(s.tee().span(), "the TEE is asked for here")
        .hint("use a self-hosted model (its server inherits the TEE), or drop the TEE if these prompts may leave it").build());
  }

  /** A workload whose outgoing data must stay in a TEE: an agent in one, or a router in front of a member in one. */
  private record Sender(String who, Tee tee) {
    static Optional<Sender> of(Plan plan, Workload w) {
      if (w.tee().isPresent()) return Optional.of(new Sender("`" + Flow.nameOf(w) + "`", w.tee().get()));
      if (w.role() != Role.ROUTER) return Optional.empty();
      return plan.swarms().stream().filter(s -> s.router().equals(w.name())).flatMap(s -> s.members().stream())
          .flatMap(m -> plan.workload(m).stream()).filter(m -> m.tee().isPresent()).findFirst()
          .map(m -> new Sender("`" + Flow.nameOf(m) + "`, a member of swarm `" + Flow.nameOf(w) + "`,", m.tee().get()));
    }
  }
}
