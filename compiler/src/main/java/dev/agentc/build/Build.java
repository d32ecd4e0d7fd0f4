package dev.agentc.build;

import dev.agentc.Parallel;
import dev.agentc.Compilation;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.ir.Plan;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Output;
import dev.agentc.target.Target;
import dev.agentc.target.Targets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The build stage's entry point: every plan of the checked projects through every target it asks
 * for, in memory. Nothing is written here (see {@link OutputTree}), so a build with an error
 * leaves the output folder as it was.
 */
public final class Build {
  private Build() {}

  /**
   * What to build: {@code deploy} and {@code target} narrow it down when present.
   *
   * @param prefixProjects put each project's output under its own folder (several projects at once)
   */
  public record Request(Optional<String> deploy, Optional<String> target, BuildOptions options, boolean prefixProjects) {}

  /** One deploy built for one target: where its files go, relative to the output folder, and what it holds. */
  public record Unit(String project, String deploy, String target, String dir, SortedMap<String, byte[]> files, List<Output.ObjectCount> summary) {
    public Unit {
      files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
      summary = List.copyOf(summary);
    }

    /** The unit with its files' names but not their bytes: what is left to report once they are written or compared. */
    public Unit withoutBytes() {
      SortedMap<String, byte[]> names = new TreeMap<>();
      files.keySet().forEach(name -> names.put(name, NO_BYTES));
      return new Unit(project, deploy, target, dir, names, summary);
    }
  }

  private static final byte[] NO_BYTES = {};

  /** The built units, and every diagnostic: the compilations' and the targets'. */
  public record Result(List<Unit> units, List<Diagnostic> diagnostics) {
    public Result {
      units = List.copyOf(units);
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
  }

  public static Result run(List<Compilation> compilations, List<Target> targets, Request request) {
    return run(compilations, targets, request, unit -> unit);
  }

  /**
   * As {@link #run(List, List, Request)}, handing each unit to {@code built} as soon as it is built
   * (progress lines, writing it out); the result keeps what {@code built} returns, so a caller
   * that has written a unit's files can let their bytes go.
   */
  public static Result run(List<Compilation> compilations, List<Target> targets, Request request, UnaryOperator<Unit> built) {
    Diagnostics diags = new Diagnostics();
    List<Unit> units = new ArrayList<>();
    for (Compilation c : compilations) {
      diags.addAll(c.diagnostics());
      String projectDir = request.prefixProjects() ? projectFolder(c.project().root()) + "/" : "";
      for (Plan plan : c.plans()) {
        if (request.deploy().isPresent() && !request.deploy().get().equals(plan.name())) continue;
        for (Target target : targets) {
          if (request.target().isPresent() && !request.target().get().equals(target.name())) continue;
          if (!target.requested(plan)) continue;
          List<Diagnostic> found = checks(target, plan, request.options());
          diags.addAll(found);
          if (found.stream().anyMatch(Diagnostic::isError)) continue;
          Output out = target.emit(plan, request.options());
          diags.addAll(out.diagnostics());
          SortedMap<String, byte[]> files = new TreeMap<>();
          out.files().forEach(a -> files.put(a.path(), a.bytes()));
          units.add(built.apply(new Unit(c.project().root(), plan.name(), target.name(), projectDir + plan.dnsName() + "/" + target.name(), files, out.summary())));
        }
      }
    }
    return new Result(units, diags.sorted());
  }

  /**
   * What every target a plan asks for would report, without emitting anything: `agentc check`
   * shows the same diagnostics as `agentc build`.
   */
  public static List<Diagnostic> check(Compilation c, List<Target> targets, BuildOptions options) {
    // plans are independent; results in plan order keep the diagnostics in plan and target order
    return Parallel.map(c.plans(), plan -> targets.stream().filter(t -> t.requested(plan)).flatMap(t -> checks(t, plan, options).stream()).toList())
        .stream().flatMap(List::stream).toList();
  }

  private static List<Diagnostic> checks(Target target, Plan plan, BuildOptions options) {
    List<Diagnostic> found = new ArrayList<>(Targets.features(target, plan));
    found.addAll(target.check(plan, options));
    return found;
  }

  /** The last part of a project's display path, the folder its output goes to when several projects build at once. */
  static String projectFolder(String root) {
    String trimmed = root.replaceAll("[/\\\\]+$", "");
    int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
    String name = trimmed.substring(slash + 1);
    return name.isEmpty() || name.equals(".") ? "project" : name;
  }
}
