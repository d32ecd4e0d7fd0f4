package dev.agentc.target.pulumi;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.LocalWorkspace;
import com.pulumi.automation.LocalWorkspaceOptions;
import com.pulumi.automation.OperationType;
import com.pulumi.automation.PreviewOptions;
import com.pulumi.automation.PreviewResult;
import com.pulumi.automation.UpOptions;
import com.pulumi.automation.UpResult;
import com.pulumi.automation.WorkspaceStack;
import com.pulumi.automation.events.EngineEvent;
import dev.agentc.apply.ApplyException;
import dev.agentc.apply.ApplyOptions;
import dev.agentc.apply.Deployment;
import dev.agentc.apply.PlanResult;
import dev.agentc.apply.Progress;
import dev.agentc.apply.Provisioner;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;

/**
 * `agentc plan`/`apply` for the pulumi target, through the Pulumi Automation API and the `pulumi`
 * CLI: select (or create) the stack of the generated project, set each secret the program reads
 * with `config.requireSecret` from the values supplied at apply time, then `preview` (plan) or
 * `up` (apply). The non-secret config is the project's `Pulumi.<stack>.yaml`. The plan previews a
 * private copy of the build's files, since `agentc plan` writes nothing to `OUT`; apply runs on
 * `OUT/<deploy>/pulumi`, written just before.
 */
public final class PulumiProvisioner implements Provisioner {
  private final Map<String, String> env;

  public PulumiProvisioner() { this(System.getenv()); }

  /** {@code env}: the environment the CLI is looked up on (PATH) and runs in. */
  PulumiProvisioner(Map<String, String> env) { this.env = Map.copyOf(env); }

  @Override
  public String target() { return "pulumi"; }

  @Override
  public PlanResult plan(Deployment deployment, ApplyOptions options) {
    PulumiCli cli = cli(deployment.plan(), options);
    SortedMap<String, String> secrets = options.secrets().require(deployment.plan());
    try (TemporaryDirectory copy = TemporaryDirectory.create("agentc-pulumi-plan-")) {
      write(deployment, copy.path());
      return run(deployment, cli, copy.path(), secrets, Progress.SILENT, false);
    }
  }

  @Override
  public PlanResult apply(Deployment deployment, ApplyOptions options, Progress progress) {
    PulumiCli cli = cli(deployment.plan(), options);
    SortedMap<String, String> secrets = options.secrets().require(deployment.plan());
    return run(deployment, cli, deployment.outDir(), secrets, progress, true);
  }

  private PlanResult run(Deployment deployment, PulumiCli cli, Path project, SortedMap<String, String> secrets, Progress progress, boolean up) {
    String stack = Program.of(deployment.plan()).stack();
    List<PulumiChanges.Step> steps = new ArrayList<>();
    Consumer<EngineEvent> onEvent = event -> {
      if (event.resourcePreEvent() != null && event.resourcePreEvent().metadata() != null) {
        var m = event.resourcePreEvent().metadata();
        synchronized (steps) {
          steps.add(new PulumiChanges.Step(m.op(), m.type(), m.urn()));
        }
      }
    };
    Consumer<String> show = line -> progress.step("    " + line);
    try (WorkspaceStack workspace = open(cli, stack, project, progress)) {
      setSecrets(cli, stack, project, secrets, progress);
      if (up) {
        progress.step("  pulumi up (stack `" + stack + "`)");
        UpResult result = workspace.up(UpOptions.builder().onStandardOutput(show).onStandardError(show).onEvent(onEvent).build());
        return result(deployment, stack, steps, result.summary().resourceChanges());
      }
      PreviewResult result = workspace.preview(PreviewOptions.builder().onEvent(onEvent).build());
      return result(deployment, stack, steps, result.changeSummary());
    } catch (AutomationException e) {
      throw failed(deployment.plan(), e);
    } catch (ApplyException e) {
      throw e;
    } catch (Exception e) { // WorkspaceStack.close
      throw failed(deployment.plan(), new AutomationException(e));
    }
  }

  private static PlanResult result(Deployment deployment, String stack, List<PulumiChanges.Step> steps, Map<OperationType, Integer> summary) {
    synchronized (steps) {
      return new PlanResult(deployment, PulumiChanges.of(stack, steps, summary == null ? Map.of() : summary), List.of());
    }
  }

  private WorkspaceStack open(PulumiCli cli, String stack, Path project, Progress progress) throws AutomationException {
    progress.step("  pulumi stack select --create " + stack);
    return LocalWorkspace.createOrSelectStack(stack, project, LocalWorkspaceOptions.builder().pulumiCommand(cli).build());
  }

  /**
   * `pulumi config set --secret KEY` with the value on standard input: the Automation API's
   * `setConfig` would pass it as an argument, which other users of the host can read.
   */
  private static void setSecrets(PulumiCli cli, String stack, Path project, SortedMap<String, String> secrets, Progress progress) throws AutomationException {
    for (Map.Entry<String, String> s : secrets.entrySet()) {
      progress.step("  pulumi config set --secret " + s.getKey());
      cli.run(List.of("config", "set", "--secret", "--stack", stack, "--non-interactive", "--", s.getKey()),
          CommandRunOptions.builder().workingDir(project).standardInput(s.getValue()).build());
    }
  }

  private static void write(Deployment deployment, Path dir) {
    try {
      for (Map.Entry<String, byte[]> f : deployment.files().entrySet()) {
        Path file = dir.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PulumiCli cli(Plan plan, ApplyOptions options) {
    try {
      return PulumiCli.locate(env, options.timeout().plus(Duration.ofMinutes(5)));
    } catch (PulumiCli.Unusable e) {
      throw new ApplyException(Diagnostic.of(Code.E0716, plan.span(), plan.name(), e.getMessage())
          .hint("install or update it (`curl -fsSL https://get.pulumi.com | sh`, see https://www.pulumi.com/docs/install/), log in to a backend, and rerun")
          .build());
    }
  }

  /** The arguments without `--event-log FILE`, a temporary file of the run. */
  private static List<String> shown(List<String> args) {
    int at = args.indexOf("--event-log");
    if (at < 0 || at + 1 >= args.size()) return args;
    List<String> out = new ArrayList<>(args.subList(0, at));
    out.addAll(args.subList(at + 2, args.size()));
    return out;
  }

  private static ApplyException failed(Plan plan, AutomationException e) {
    String command = e instanceof PulumiCli.Failure f ? "pulumi " + String.join(" ", shown(f.args())) : "pulumi";
    return new ApplyException(Diagnostic.of(Code.E0717, plan.span(), command, PulumiCli.tail(e))
        .hint("log in to a backend first (`pulumi login`, or PULUMI_BACKEND_URL; PULUMI_CONFIG_PASSPHRASE for a passphrase-encrypted stack) "
            + "and fix what it reports; `agentc apply` again picks up where it stopped")
        .build());
  }
}
