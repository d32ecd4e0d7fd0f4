package dev.agentc.cli;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.Timings;
import dev.agentc.build.Build;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.render.HumanRenderer;
import dev.agentc.ir.Plan;
import dev.agentc.load.Project;
import dev.agentc.source.SourceFile;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

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
      UnaryOperator<Build.Unit> built) {
    return run(io, path, deploy, target, options, color, built, Timings.off());
  }

  /** As above, adding the time of each stage to {@code timings}; {@code targets} is the targets' emitting and {@code built}'s work. */
  static Outcome run(Io io, Path path, Optional<String> deploy, Optional<String> target, BuildOptions options, boolean color,
      UnaryOperator<Build.Unit> built, Timings timings) {
    List<Target> targets = Shipped.targets();
    if (target.isPresent() && targets.stream().noneMatch(t -> t.name().equals(target.get()))) {
      io.err().println("error: no target named `" + target.get() + "`; the targets are " + String.join(", ", targets.stream().map(Target::name).toList()));
      return new Outcome.Stop(Exit.USAGE);
    }
    List<Compilation> compilations = new ArrayList<>();
    List<Report> reports = new ArrayList<>();
    Set<String> deploys = check(io, path, compilations, reports, timings);
    if (compilations.isEmpty()) {
      return new Outcome.Stop(ProjectsAt.noneFound(io, path));
    }
    if (deploy.isPresent() && !deploys.contains(deploy.get())) {
      io.err().println("error: no deploy named `" + deploy.get() + "` at `" + path + "`");
      return new Outcome.Stop(Exit.USAGE);
    }
    Build.Request request = new Build.Request(deploy, target, options, compilations.size() > 1);
    Built done = new Built(compilations, reports, timings.time("targets", () -> Build.run(compilations, targets, request, built)));
    done.print(io, done.result().diagnostics(), color);
    if (done.result().hasErrors()) {
      io.err().println("error: nothing written: " + Plural.count(done.result().diagnostics().stream().filter(Diagnostic::isError).count(), "error"));
      io.err().print(new HumanRenderer(Map.of(), color).explainHint(done.result().diagnostics()));
      return new Outcome.Stop(done.result().diagnostics().stream().anyMatch(Report::isInputProblem) ? Exit.USAGE : Exit.ERRORS);
    }
    return new Outcome.Ok(done);
  }

  /**
   * Checks the projects at {@code path} into {@code compilations} (what building needs of each)
   * and {@code reports}, and returns the names of their deploys. A method of its own so that no
   * local of the caller's frame keeps the syntax trees and models reachable while targets run.
   */
  private static Set<String> check(Io io, Path path, List<Compilation> compilations, List<Report> reports, Timings timings) {
    Set<String> deploys = new HashSet<>();
    for (Project p : ProjectsAt.of(io, path, timings)) {
      Compilation c = Compiler.check(p, timings);
      reports.add(Report.of(c));
      c.model().ifPresent(m -> m.deployments().forEach(d -> deploys.add(d.name())));
      compilations.add(c.plansOnly());
    }
    return deploys;
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
