package dev.agentc.cli;

import dev.agentc.apply.ApplyException;
import dev.agentc.apply.ApplyOptions;
import dev.agentc.apply.Deployment;
import dev.agentc.apply.PlanResult;
import dev.agentc.apply.Provisioner;
import dev.agentc.apply.Provisioners;
import dev.agentc.apply.SecretValues;
import dev.agentc.build.Build;
import dev.agentc.diag.Diagnostic;
import dev.agentc.target.BuildOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What `agentc plan` and `agentc apply` share: build in memory, then ask each target's
 * provisioner what would change. Nothing is changed here.
 */
final class Provisioning {
  /** One deploy and target with its provisioner and what it would change. */
  record Planned(Provisioner provisioner, PlanResult result) {}

  /** The plans, or the exit code to stop with (the reason is printed already). */
  sealed interface Outcome {
    record Ok(Built built, ApplyOptions options, List<Planned> plans) implements Outcome {}

    record Stop(int exit) implements Outcome {}
  }

  private Provisioning() {}

  static Outcome plan(Io io, ProvisionOptions o) {
    boolean color = io.color(o.color.mode);
    BuildOptions build = new BuildOptions(Optional.ofNullable(o.signKey).map(io.cwd()::resolve), Optional.empty(), Optional.empty(), io.env());
    Built.Outcome outcome = Built.run(io, o.path, Optional.ofNullable(o.deploy), Optional.ofNullable(o.target), build, color, unit -> unit);
    if (outcome instanceof Built.Outcome.Stop stop) return new Outcome.Stop(stop.exit());
    Built built = ((Built.Outcome.Ok) outcome).built();
    List<Provisioner> provisioners = Shipped.provisioners();
    List<Planned> plans = new ArrayList<>();
    ApplyOptions options = null;
    try {
      SecretValues secrets = SecretValues.load(Optional.ofNullable(o.secrets).map(io.cwd()::resolve), io.env());
      options = new ApplyOptions(Optional.ofNullable(o.kubeconfig).map(io.cwd()::resolve), secrets, o.prune, o.forceConflicts, o.timeout, build);
      for (Build.Unit unit : built.result().units()) {
        Optional<Provisioner> p = Provisioners.of(provisioners, unit.target());
        if (p.isEmpty()) {
          io.err().println("note: agentc cannot apply the " + unit.target() + " target yet; deploy `" + unit.deploy() + "` is skipped there");
          continue;
        }
        PlanResult result = p.get().plan(deployment(io, o, built, unit), options);
        built.print(io, result.warnings(), color);
        plans.add(new Planned(p.get(), result));
      }
    } catch (ApplyException e) {
      return new Outcome.Stop(fail(io, built, e.diagnostic(), color, "nothing was changed"));
    }
    return new Outcome.Ok(built, options, plans);
  }

  static Deployment deployment(Io io, ProvisionOptions o, Built built, Build.Unit unit) {
    Path project = io.cwd().resolve(unit.project());
    return new Deployment(built.plan(unit), unit.target(), unit.files(), io.cwd().resolve(o.out).resolve(unit.dir()), project.resolve(".agentc/state"));
  }

  /** Prints the diagnostic and what became of the run; returns exit code 1. */
  static int fail(Io io, Built built, Diagnostic d, boolean color, String outcome) {
    built.print(io, List.of(d), color);
    io.err().println("error: " + outcome);
    return Exit.ERRORS;
  }
}
