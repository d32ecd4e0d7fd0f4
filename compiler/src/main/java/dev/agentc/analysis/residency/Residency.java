package dev.agentc.analysis.residency;

import dev.agentc.analysis.Analysis;
import dev.agentc.analysis.flow.Flows;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.model.Entity;
import dev.agentc.model.Model;
import dev.agentc.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Policy `residency` against every place a deploy's data lands: the regions of its agents and
 * stores (model servers and routers inherit theirs), the clusters and Aleph nodes an agent
 * without regions lands on, the external providers its models call, and its tools, whose
 * jurisdiction agentc cannot know (a warning). Each policy is checked on its own: all must hold.
 */
public final class Residency implements Analysis {
  @Override
  public List<Diagnostic> check(Model model, Plan plan) {
    List<Diagnostic> out = new ArrayList<>();
    for (Entity policy : Flows.deployment(model, plan).policies()) {
      if (policy.get("residency").orElse(null) instanceof Value.ListOf list && !list.items().isEmpty()) {
        out.addAll(new ResidencyCheck(model, plan, Allowed.of(model, policy, list)).run());
      }
    }
    return out;
  }
}
