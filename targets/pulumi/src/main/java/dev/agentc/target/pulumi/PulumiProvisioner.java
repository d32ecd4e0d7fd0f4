package dev.agentc.target.pulumi;

import dev.agentc.apply.ApplyException;
import dev.agentc.apply.ApplyOptions;
import dev.agentc.apply.Change;
import dev.agentc.apply.Commands;
import dev.agentc.apply.Deployment;
import dev.agentc.apply.PlanResult;
import dev.agentc.apply.Progress;
import dev.agentc.apply.Provisioner;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * `agentc plan`/`apply` for the pulumi target: `pulumi up` on the generated project
 * (`OUT/<deploy>/pulumi`), on the stack of the deploy's `pulumi { stack }` (else its DNS name),
 * through the `pulumi` CLI. Pulumi computes the diff itself, so the plan is the one `up`.
 */
public final class PulumiProvisioner implements Provisioner {
  private final Commands commands;

  public PulumiProvisioner() { this(Commands.SYSTEM); }

  PulumiProvisioner(Commands commands) { this.commands = commands; }

  @Override
  public String target() { return "pulumi"; }

  @Override
  public PlanResult plan(Deployment deployment, ApplyOptions options) {
    requireCli(deployment.plan());
    return new PlanResult(deployment, List.of(change(deployment)), List.of());
  }

  @Override
  public PlanResult apply(Deployment deployment, ApplyOptions options, Progress progress) {
    Plan plan = deployment.plan();
    requireCli(plan);
    String stack = stack(plan);
    String dir = deployment.outDir().toString();
    run(plan, List.of("pulumi", "stack", "select", "--create", stack, "--non-interactive", "--cwd", dir), deployment.outDir(), options, progress);
    run(plan, List.of("pulumi", "up", "--yes", "--skip-preview", "--non-interactive", "--stack", stack, "--cwd", dir), deployment.outDir(), options,
        progress);
    return new PlanResult(deployment, List.of(change(deployment)), List.of());
  }

  static String stack(Plan plan) { return plan.settings().pulumi().flatMap(p -> p.stack()).orElse(plan.dnsName()); }

  private void run(Plan plan, List<String> command, Path dir, ApplyOptions options, Progress progress) {
    progress.step("  " + String.join(" ", command));
    Commands.Result r = commands.run(command, dir, options.timeout().plus(Duration.ofMinutes(5)), progress).orElseThrow(() -> missing(plan));
    if (!r.ok()) {
      throw new ApplyException(Diagnostic.of(Code.E0717, plan.span(), String.join(" ", command), "exit code " + r.exit() + "\n" + r.tail())
          .hint("log in to a backend first (`pulumi login`, or PULUMI_BACKEND_URL) and fix what it reports; `pulumi up` picks up where it stopped")
          .build());
    }
  }

  private void requireCli(Plan plan) {
    if (commands.run(List.of("pulumi", "version"), Path.of("."), Duration.ofSeconds(30), Progress.SILENT).isEmpty()) throw missing(plan);
  }

  private static ApplyException missing(Plan plan) {
    return new ApplyException(Diagnostic.of(Code.E0716, plan.span(), plan.name(), "the `pulumi` CLI is not installed")
        .hint("install it (`curl -fsSL https://get.pulumi.com | sh`, see https://www.pulumi.com/docs/install/), log in to a backend, and rerun")
        .build());
  }

  private static Change change(Deployment d) {
    return new Change(Change.Action.UPDATE, "Pulumi stack `" + stack(d.plan()) + "`", "stack", "pulumi up in " + d.outDir().getFileName(), List.of());
  }
}
