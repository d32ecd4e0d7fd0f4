package dev.agentc;

import dev.agentc.analysis.Analyses;
import dev.agentc.check.Checker;
import dev.agentc.check.Resolutions;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Plans;
import dev.agentc.load.Project;
import dev.agentc.load.ProjectLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The compiler's entry point: source path in, checked projects and their deploys' plans out. */
public final class Compiler {
  private Compiler() {}

  /** Loads and checks every project at or below {@code path}. */
  public static List<Compilation> check(Path path) {
    List<Compilation> out = new ArrayList<>();
    for (Project project : ProjectLoader.discover(path)) out.add(check(project));
    return out;
  }

  /** Checks one loaded project. */
  public static Compilation check(Project project) { return check(project, Timings.off()); }

  /** Checks one loaded project, adding the time of each stage to {@code timings}. */
  public static Compilation check(Project project, Timings timings) {
    List<Diagnostic> all = new ArrayList<>(project.diagnostics());
    if (project.modules().isEmpty()) return new Compilation(project, Optional.empty(), List.of(), Diagnostics.sort(all), Resolutions.NONE);
    Checker.Result checked = timings.time("check", () -> Checker.check(project));
    all.addAll(checked.diagnostics());
    List<Plan> plans = List.of();
    // Plans assume a model without errors; with errors, the checker's diagnostics come first.
    if (all.stream().noneMatch(Diagnostic::isError)) {
      Plans.Result built = timings.time("plans", () -> Plans.build(checked.model()));
      all.addAll(built.diagnostics());
      if (!built.hasErrors()) {
        plans = built.plans();
        List<Plan> analysed = plans;
        all.addAll(timings.time("analyses", () -> Analyses.run(checked.model(), analysed)));
      }
    }
    return new Compilation(project, Optional.of(checked.model()), plans, Diagnostics.sort(all), checked.resolutions());
  }
}
