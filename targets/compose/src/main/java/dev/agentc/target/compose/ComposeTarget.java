package dev.agentc.target.compose;

import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Feature;
import dev.agentc.ir.Plan;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Output;
import dev.agentc.target.Support;
import dev.agentc.target.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * The Docker Compose target: `OUT/<deploy>/compose/compose.yaml`, one service per workload, for
 * a deploy with a `compose { }` block. The file is read by docker-compose 1.29 as well as Compose
 * v2, so it uses neither a top-level `name:` nor `gpus:`. It reads only the IR.
 */
public final class ComposeTarget implements Target {
  @Override
  public String name() { return "compose"; }

  @Override
  public Support support(Feature feature) { return ComposeSupport.of(feature); }

  @Override
  public boolean requested(Plan plan) { return plan.settings().compose().isPresent(); }

  @Override
  public List<Diagnostic> check(Plan plan, BuildOptions options) {
    List<Diagnostic> out = new ArrayList<>(Collisions.of(plan));
    out.addAll(HostLimits.of(plan));
    return out;
  }

  @Override
  public Output emit(Plan plan, BuildOptions options) { return new ComposeFile(this, plan).output(); }
}
