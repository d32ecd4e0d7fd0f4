package dev.agentc.cli;

import dev.agentc.Compilation;
import dev.agentc.analysis.egress.EgressReport;
import dev.agentc.Compiler;
import dev.agentc.Timings;
import dev.agentc.build.Build;
import dev.agentc.diag.Diagnostics;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Target;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.render.HumanRenderer;
import dev.agentc.diag.render.Json;
import dev.agentc.diag.render.JsonRenderer;
import dev.agentc.diag.render.SarifRenderer;
import dev.agentc.load.Project;
import java.io.PrintStream;
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

/** {@code agentc check [PATH]}: loads and checks projects and prints every diagnostic. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "Checks the projects at PATH and prints every diagnostic.",
        "PATH is a project (a directory with an agent.project file), a file or directory inside one, or a directory holding projects."
    })
final class CheckCommand implements Callable<Integer> {
  enum Format {
    HUMAN, JSON, SARIF;

    @Override
    public String toString() { return name().toLowerCase(Locale.ROOT); }
  }

  @ParentCommand Main main;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = ".",
      description = "What to check. Default: the current directory.")
  Path path;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "human", converter = LowercaseEnum.Formats.class,
      description = "Output: ${COMPLETION-CANDIDATES}. human goes to stderr; json and sarif go to stdout. Default: ${DEFAULT-VALUE}.")
  Format format = Format.HUMAN;

  @Mixin ColorOption color;

  @Mixin TimingsOption timings;

  @Option(names = "--explain-egress",
      description = "Also list every host each workload of each deploy may call, and how each target enforces it (on stdout; with json, as `egress`).")
  boolean explainEgress;

  @Override
  public Integer call() {
    Io io = main.io;
    if (explainEgress && format == Format.SARIF) {
      io.err().println("error: --explain-egress prints human or json output, not sarif");
      return Exit.USAGE;
    }
    List<Report> reports = new ArrayList<>();
    List<EgressListing.Project> egress = new ArrayList<>();
    List<Target> targets = Shipped.targets();
    Timings timed = timings.timings();
    for (Project project : ProjectsAt.of(io, path, timed)) {
      Compilation c = Compiler.check(project, timed);
      List<Diagnostic> diagnostics = new ArrayList<>(c.diagnostics());
      // What the deploys' targets would report too, so `check` finds what `build` would.
      diagnostics.addAll(timed.time("target checks", () -> Build.check(c, targets, BuildOptions.DEFAULT)));
      reports.add(Report.of(c).with(Diagnostics.sort(diagnostics)));
      egress.add(new EgressListing.Project(project.root(), c.hasErrors(), c.plans().stream().map(EgressReport::of).toList()));
    }
    List<Diagnostic> all = reports.stream().flatMap(r -> r.diagnostics().stream()).toList();

    timed.time("output", () -> {
      output(io, reports, all, egress);
      return null;
    });
    timings.print(io);
    if (reports.isEmpty()) {
      return ProjectsAt.noneFound(io, path);
    }
    if (all.stream().anyMatch(Report::isInputProblem)) return Exit.USAGE;
    return all.stream().anyMatch(Diagnostic::isError) ? Exit.ERRORS : Exit.OK;
  }

  private void output(Io io, List<Report> reports, List<Diagnostic> all, List<EgressListing.Project> egress) {
    switch (format) {
      case JSON -> {
        var document = new JsonRenderer().document(all);
        if (explainEgress) document.set("egress", EgressListing.json(egress));
        io.out().print(Json.write(document));
      }
      case SARIF -> io.out().print(new SarifRenderer(Main.version()).render(all));
      case HUMAN -> {
        human(io, reports);
        if (explainEgress) io.out().print(EgressListing.human(egress));
      }
    }
  }

  private void human(Io io, List<Report> reports) {
    boolean colour = io.color(color.mode);
    PrintStream err = io.err();
    long errors = 0;
    long warnings = 0;
    int files = 0;
    for (Report r : reports) {
      HumanRenderer renderer = new HumanRenderer(r.sources(), colour);
      err.print(renderer.render(r.diagnostics()));
      err.print(renderer.summary(r.name(), r.errors(), r.warnings()));
      errors += r.errors();
      warnings += r.warnings();
      files += r.files();
    }
    err.print(new HumanRenderer(java.util.Map.of(), colour).explainHint(reports.stream().flatMap(r -> r.diagnostics().stream()).toList()));
    if (errors == 0 && !reports.isEmpty()) {
      err.println("checked " + Plural.count(reports.size(), "project") + " (" + Plural.count(files, "file") + "): no errors"
          + (warnings > 0 ? ", " + Plural.count(warnings, "warning") : ""));
    }
  }
}
