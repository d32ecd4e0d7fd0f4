package dev.agentc.cli;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.build.Build;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.render.HumanRenderer;
import dev.agentc.ir.Plan;
import dev.agentc.load.Project;
import dev.agentc.source.SourceFile;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Target;
import dev.agentc.target.Targets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The projects at a path, checked and built in memory, with their diagnostics printed: what
 * `build`, `plan` and `apply` all start with.
 */
record Built(List<Compilation> compilations, List<Report> reports, Build.Result result) {

  /** Either what was built, or the exit code to stop with (the reason is printed already). */
  sealed interface Outcome {
    record Ok(Built built) implements Outcome {}

    record Stop(int exit) implements Outcome {}
  }

  static Outcome run(Io io, Path path, Optional<String> deploy, Optional<String> target, BuildOptions options, boolean color,
      Consumer<Build.Unit> progress) {
    List<Target> targets = Targets.all();
    if (target.isPresent() && targets.stream().noneMatch(t -> t.name().equals(target.get()))) {
      io.err().println("error: no target named `" + target.get() + "`; the targets are " + String.join(", ", targets.stream().map(Target::name).toList()));
      return new Outcome.Stop(Exit.USAGE);
    }
    List<Project> projects = ProjectsAt.of(io, path);
    if (projects.isEmpty()) {
      return new Outcome.Stop(ProjectsAt.noneFound(io, path));
    }
    List<Compilation> compilations = new ArrayList<>();
    List<Report> reports = new ArrayList<>();
    for (Project p : projects) {
      Compilation c = Compiler.check(p);
      compilations.add(c);
      reports.add(Report.of(c));
    }
    if (deploy.isPresent() && compilations.stream().flatMap(c -> c.model().stream()).flatMap(m -> m.deployments().stream())
        .noneMatch(d -> d.name().equals(deploy.get()))) {
      io.err().println("error: no deploy named `" + deploy.get() + "` at `" + path + "`");
      return new Outcome.Stop(Exit.USAGE);
    }
    Build.Request request = new Build.Request(deploy, target, options, projects.size() > 1);
    Built built = new Built(compilations, reports, Build.run(compilations, targets, request, progress));
    built.print(io, built.result().diagnostics(), color);
    if (built.result().hasErrors()) {
      io.err().println("error: nothing written: " + Plural.count(built.result().diagnostics().stream().filter(Diagnostic::isError).count(), "error"));
      io.err().print(new HumanRenderer(Map.of(), color).explainHint(built.result().diagnostics()));
      return new Outcome.Stop(built.result().diagnostics().stream().anyMatch(Report::isInputProblem) ? Exit.USAGE : Exit.ERRORS);
    }
    return new Outcome.Ok(built);
  }

  /** Renders diagnostics against the sources of every project. */
  void print(Io io, List<Diagnostic> all, boolean color) {
    if (all.isEmpty()) return;
    Map<String, SourceFile> sources = new TreeMap<>();
    reports.forEach(r -> sources.putAll(r.sources()));
    io.err().print(new HumanRenderer(sources, color).render(all));
  }

  /** The plan a unit was built from. */
  Plan plan(Build.Unit unit) {
    return compilations.stream().filter(c -> c.project().root().equals(unit.project())).flatMap(c -> c.plans().stream())
        .filter(p -> p.name().equals(unit.deploy())).findFirst().orElseThrow();
  }
}
