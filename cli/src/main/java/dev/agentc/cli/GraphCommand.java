package dev.agentc.cli;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.render.HumanRenderer;
import dev.agentc.graph.DotWriter;
import dev.agentc.graph.Graph;
import dev.agentc.graph.Graphs;
import dev.agentc.graph.MermaidWriter;
import dev.agentc.ir.Plan;
import dev.agentc.load.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code agentc graph [PATH]}: the architecture of a deploy, drawn from its plan, as Mermaid, DOT or SVG on stdout. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the architecture of a deploy: its entry, swarm routers, agents, model servers, stores and the external hosts they reach,",
        "grouped by cluster or region, with labelled edges. svg needs Graphviz's `dot` on PATH (Debian package graphviz)."
    })
final class GraphCommand implements Callable<Integer> {
  enum Format {
    MERMAID, DOT, SVG;

    @Override
    public String toString() { return name().toLowerCase(Locale.ROOT); }
  }

  @ParentCommand Main main;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = ".", description = "The project. Default: the current directory.")
  Path path;

  @Option(names = "--deploy", paramLabel = "NAME", description = "The deploy to draw; needed when there are several.")
  String deploy;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid", converter = LowercaseEnum.GraphFormats.class,
      description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format = Format.MERMAID;

  @Mixin ColorOption color;

  @Override
  public Integer call() {
    Io io = main.io;
    List<Project> projects = ProjectsAt.of(io, path);
    if (projects.isEmpty()) {
      return ProjectsAt.noneFound(io, path);
    }
    List<Plan> plans = new ArrayList<>();
    for (Project p : projects) {
      Compilation c = Compiler.check(p);
      if (c.hasErrors()) return failed(io, c);
      plans.addAll(c.plans());
    }
    List<Plan> chosen = plans.stream().filter(p -> deploy == null || p.name().equals(deploy)).toList();
    if (chosen.size() != 1) {
      io.err().println("error: " + whyNotOne(plans, chosen));
      return Exit.USAGE;
    }
    Graph graph = Graphs.of(chosen.getFirst());
    return switch (format) {
      case MERMAID -> print(io, MermaidWriter.write(graph));
      case DOT -> print(io, DotWriter.write(graph));
      case SVG -> svg(io, DotWriter.write(graph));
    };
  }

  /** Why there is not exactly one deploy to draw, and what the deploys are. */
  private String whyNotOne(List<Plan> plans, List<Plan> chosen) {
    List<String> names = plans.stream().map(p -> "`" + p.name() + "`").distinct().sorted().toList();
    String which = names.isEmpty() ? "it has no deploy" : "its deploys are " + String.join(", ", names);
    if (deploy == null) return (plans.isEmpty() ? "nothing to draw at `" + path + "`" : "`" + path + "` has several deploys: choose one with --deploy NAME") + "; " + which;
    if (chosen.isEmpty()) return "no deploy named `" + deploy + "` at `" + path + "`; " + which;
    return "several projects at `" + path + "` have a deploy named `" + deploy + "`: give the path of one project";
  }

  private static int print(Io io, String text) {
    io.out().print(text);
    return Exit.OK;
  }

  private static int svg(Io io, String dot) {
    Optional<Path> graphviz = Graphviz.find(io.env());
    if (graphviz.isEmpty()) {
      io.err().println("error: `--format svg` needs Graphviz's `dot` command, and there is no `dot` on PATH");
      io.err().println("help: install Graphviz (Debian and Ubuntu: `apt-get install " + Graphviz.PACKAGE + "`), or print DOT with `--format dot`"
          + " and render it elsewhere");
      return Exit.USAGE;
    }
    return switch (Graphviz.svg(graphviz.get(), dot)) {
      case Graphviz.Result.Svg s -> print(io, s.svg());
      case Graphviz.Result.Failed f -> {
        io.err().println("error: " + f.reason());
        yield Exit.USAGE;
      }
    };
  }

  /** The project does not check: its diagnostics instead of a graph. */
  private int failed(Io io, Compilation c) {
    Report r = Report.of(c);
    HumanRenderer renderer = new HumanRenderer(r.sources(), io.color(color.mode));
    io.err().print(renderer.render(r.diagnostics()));
    io.err().print(renderer.summary(r.name(), r.errors(), r.warnings()));
    return r.diagnostics().stream().anyMatch(Report::isInputProblem) ? Exit.USAGE : Exit.ERRORS;
  }
}
