package dev.agentc.cli;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.analysis.cost.Costs;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.render.HumanRenderer;
import dev.agentc.ir.Plan;
import dev.agentc.load.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code agentc cost [PATH]}: the monthly cost of every deploy at its minimum and maximum replicas, from the catalog's prices. */
@Command(
    name = "cost",
    mixinStandardHelpOptions = true,
    description = {
        "Checks the projects at PATH and prints what each deploy costs a month, per workload, at its minimum and maximum replicas.",
        "Prices come from the catalog for the deploy's cloud (std.cloud, std.gpu); a missing price is printed as `unknown`."
    })
final class CostCommand implements Callable<Integer> {
  enum Format {
    TABLE, JSON, CSV;

    @Override
    public String toString() { return name().toLowerCase(Locale.ROOT); }
  }

  @ParentCommand Main main;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = ".", description = "What to price. Default: the current directory.")
  Path path;

  @Option(names = "--deploy", paramLabel = "NAME", description = "Price only this deploy.")
  String deploy;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = LowercaseEnum.CostFormats.class,
      description = "Output on stdout: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format = Format.TABLE;

  @Mixin ColorOption color;

  @Override
  public Integer call() {
    Io io = main.io;
    List<Project> projects = ProjectsAt.of(io, path);
    if (projects.isEmpty()) {
      return ProjectsAt.noneFound(io, path);
    }
    List<Report> reports = new ArrayList<>();
    List<CostReport.Entry> entries = new ArrayList<>();
    for (Project p : projects) {
      Compilation c = Compiler.check(p);
      reports.add(Report.of(c));
      for (Plan plan : c.plans()) {
        if (deploy == null || plan.name().equals(deploy)) entries.add(new CostReport.Entry(p.root(), Costs.of(plan), plan.maxMonthly()));
      }
    }
    printDiagnostics(io, reports);
    List<Diagnostic> all = reports.stream().flatMap(r -> r.diagnostics().stream()).toList();
    if (all.stream().anyMatch(Diagnostic::isError)) {
      io.err().println("error: no cost without a valid plan: " + Plural.count(all.stream().filter(Diagnostic::isError).count(), "error"));
      return all.stream().anyMatch(Report::isInputProblem) ? Exit.USAGE : Exit.ERRORS;
    }
    if (deploy != null && entries.isEmpty()) {
      io.err().println("error: no deploy named `" + deploy + "` at `" + path + "`");
      return Exit.USAGE;
    }
    CostReport report = new CostReport(entries);
    io.out().print(switch (format) {
      case TABLE -> report.table();
      case JSON -> report.json();
      case CSV -> report.csv();
    });
    return Exit.OK;
  }

  private void printDiagnostics(Io io, List<Report> reports) {
    for (Report r : reports) {
      if (!r.diagnostics().isEmpty()) io.err().print(new HumanRenderer(r.sources(), io.color(color.mode)).render(r.diagnostics()));
    }
  }
}
