package dev.agentc.cli;

import dev.agentc.apply.ApplyException;
import dev.agentc.apply.PlanResult;
import dev.agentc.build.OutputTree;
import dev.agentc.diag.Diagnostic;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code agentc apply [PATH]}: shows the plan, asks, then provisions every deploy and target that
 * has changes. Each provisioner is idempotent and resumable, so after any failure the same
 * command finishes the job.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
        "Builds the projects at PATH, writes the artefacts (OUT/<deploy>/<target>/), shows the plan and, once confirmed,",
        "provisions them: Kubernetes server-side apply, Aleph messages, docker compose up, pulumi up.",
        "Running it again after a failure finishes what is left; with no changes it changes nothing."
    })
final class ApplyCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Mixin ProvisionOptions options;

  @Option(names = {"-y", "--yes"}, description = "Apply without asking.")
  boolean yes;

  @Option(names = "--dry-run", description = "Show the plan and stop: nothing is written or applied.")
  boolean dryRun;

  @Override
  public Integer call() {
    Io io = main.io;
    boolean color = io.color(options.color.mode);
    Provisioning.Outcome outcome = Provisioning.plan(io, options);
    if (outcome instanceof Provisioning.Outcome.Stop stop) return stop.exit();
    var ok = (Provisioning.Outcome.Ok) outcome;
    List<Provisioning.Planned> changing = ok.plans().stream().filter(p -> p.result().hasChanges()).toList();
    new PlanPrinter(color).print(io.out(), ok.plans().stream().map(Provisioning.Planned::result).toList());
    if (changing.isEmpty()) {
      io.err().println("No changes: what is live matches the build.");
      return Exit.OK;
    }
    if (dryRun) {
      io.err().println("Dry run: nothing was applied.");
      return Exit.OK;
    }
    if (!yes && !confirmed(io)) {
      io.err().println("Apply cancelled: nothing was changed.");
      return Exit.ERRORS;
    }
    Optional<Diagnostic> unwritten = new OutputTree(io.cwd().resolve(options.out), options.out).write(ok.built().result().units());
    if (unwritten.isPresent()) return Provisioning.fail(io, ok.built(), unwritten.get(), color, "nothing was applied");
    List<PlanResult> done = new ArrayList<>();
    for (Provisioning.Planned p : changing) {
      io.err().println("applying deploy `" + p.result().deployment().plan().name() + "` → " + p.result().deployment().target());
      try {
        done.add(p.provisioner().apply(p.result().deployment(), ok.options(), line -> {
          io.err().println(line);
          io.err().flush();
        }));
      } catch (ApplyException e) {
        return Provisioning.fail(io, ok.built(), e.diagnostic(), color,
            "apply stopped; what was applied stays applied, and running `agentc apply` again finishes the rest");
      }
    }
    io.err().println(PlanPrinter.summary(done, "Apply complete: ", " created, ", " changed, ", " deleted."));
    return Exit.OK;
  }

  /** Asks on stderr and reads the answer; only `yes` goes ahead, as with terraform. */
  private static boolean confirmed(Io io) {
    io.err().print("Apply these changes? Only `yes` is accepted: ");
    io.err().flush();
    try {
      String answer = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
      if (answer == null) io.err().println();
      return answer != null && answer.strip().equals("yes");
    } catch (IOException e) {
      return false;
    }
  }
}
