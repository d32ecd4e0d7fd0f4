package dev.agentc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code agentc plan [PATH]}: what {@code agentc apply} would create, change and delete, changing nothing. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
        "Builds the projects at PATH in memory and shows, per deploy and target, what `agentc apply` would create (+),",
        "change (~, field by field: a server-side apply dry run on Kubernetes) or delete (-). Nothing is changed.",
        "Exit code: 0 no changes, 2 changes pending, 1 an error."
    })
final class PlanCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Mixin ProvisionOptions options;

  @Override
  public Integer call() {
    Io io = main.io;
    Provisioning.Outcome outcome = Provisioning.plan(io, options);
    if (outcome instanceof Provisioning.Outcome.Stop stop) return stop.exit() == Exit.USAGE ? Exit.ERRORS : stop.exit();
    var ok = (Provisioning.Outcome.Ok) outcome;
    new PlanPrinter(io.color(options.color.mode)).print(io.out(), ok.plans().stream().map(Provisioning.Planned::result).toList());
    return ok.plans().stream().anyMatch(p -> p.result().hasChanges()) ? Exit.CHANGES : Exit.OK;
  }
}
