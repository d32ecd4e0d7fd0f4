package dev.agentc.cli;

import dev.agentc.build.Build;
import dev.agentc.build.OutputTree;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.render.HumanRenderer;
import dev.agentc.target.BuildOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code agentc build [PATH]}: checks, then writes every deploy's artefacts for every target it asks for. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
        "Checks the projects at PATH and writes each deploy's artefacts: OUT/<deploy>/<target>/.",
        "With several projects under PATH, each gets its own folder: OUT/<project>/<deploy>/<target>/.",
        "Nothing is written when there is an error; a deploy's target folder is replaced whole."
    })
final class BuildCommand implements Callable<Integer> {
  enum Format {
    HUMAN, JSON;

    @Override
    public String toString() { return name().toLowerCase(Locale.ROOT); }
  }

  @ParentCommand Main main;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = ".", description = "What to build. Default: the current directory.")
  Path path;

  @Option(names = "--deploy", paramLabel = "NAME", description = "Build only this deploy.")
  String deploy;

  @Option(names = "--target", paramLabel = "NAME", description = "Build only this target (kubernetes, compose, aleph, …).")
  String target;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "Output folder. Default: ${DEFAULT-VALUE}.")
  String out;

  @Option(names = "--check", description = "Write nothing; exit 1 when the files on disk differ from what would be written.")
  boolean check;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "human", converter = LowercaseEnum.BuildFormats.class,
      description = "Summary: ${COMPLETION-CANDIDATES}. human goes to stderr; json goes to stdout. Default: ${DEFAULT-VALUE}.")
  Format format = Format.HUMAN;

  @Option(names = "--sign-key", paramLabel = "FILE", description = "Sign Aleph messages with the key in FILE (owner-only permissions). Also: AGENTC_ALEPH_KEY_FILE.")
  Path signKey;

  @Option(names = "--sender", paramLabel = "ADDRESS", description = "Sender of unsigned Aleph messages.")
  String sender;

  @Option(names = "--time", paramLabel = "EPOCH_SECONDS", description = "Time stamped on Aleph messages, for reproducible builds. Also: SOURCE_DATE_EPOCH.")
  Long time;

  @Mixin ColorOption color;

  @Mixin TimingsOption timings;

  @Override
  public Integer call() {
    Io io = main.io;
    BuildOptions options = new BuildOptions(Optional.ofNullable(signKey).map(k -> io.cwd().resolve(k)), Optional.ofNullable(sender),
        Optional.ofNullable(time), io.env());
    Progress progress = new Progress(io, format == Format.HUMAN && io.terminal());
    OutputTree tree = new OutputTree(io.cwd().resolve(out), out);
    int exit = check ? checkOnly(io, options, progress, tree.comparison()) : write(io, options, progress, tree);
    timings.print(io);
    return exit;
  }

  private int write(Io io, BuildOptions options, Progress progress, OutputTree tree) {
    // Each unit is written to the staging folder as soon as it is built and its bytes let go;
    // the folder is moved into place only when the whole build has no error.
    try (OutputTree.Staging staging = tree.staging()) {
      Built.Outcome outcome = build(io, options, progress, staging::add);
      if (outcome instanceof Built.Outcome.Stop stop) return stop.exit();
      Build.Result result = ((Built.Outcome.Ok) outcome).built().result();
      Optional<Diagnostic> failed = timings.timings().time("commit", staging::commit);
      if (failed.isPresent()) {
        io.err().print(new HumanRenderer(java.util.Map.of(), io.color(color.mode)).render(List.of(failed.get())));
        return Exit.USAGE;
      }
      Summary summary = new Summary(result.units());
      if (format == Format.JSON) io.out().print(summary.json());
      else io.err().print(summary.human(out));
      return Exit.OK;
    }
  }

  /** Checks and builds, telling {@code progress} of each unit, then handing it to {@code sink}, which keeps what it returns. */
  private Built.Outcome build(Io io, BuildOptions options, Progress progress, UnaryOperator<Build.Unit> sink) {
    return Built.run(io, path, Optional.ofNullable(deploy), Optional.ofNullable(target), options, io.color(color.mode), unit -> {
      progress.unit(unit);
      return sink.apply(unit);
    }, timings.timings());
  }

  private int checkOnly(Io io, BuildOptions options, Progress progress, OutputTree.Comparison comparison) {
    Built.Outcome outcome = build(io, options, progress, comparison::add);
    if (outcome instanceof Built.Outcome.Stop stop) return stop.exit();
    Build.Result result = ((Built.Outcome.Ok) outcome).built().result();
    List<String> differ;
    try {
      differ = comparison.differences();
    } catch (IOException e) {
      io.err().println("error: cannot read `" + out + "`: " + e.getMessage());
      return Exit.USAGE;
    }
    if (format == Format.JSON) io.out().print(Summary.checkJson(differ));
    if (differ.isEmpty()) {
      if (format == Format.HUMAN) io.err().println("up to date: " + Plural.count(result.units().stream().mapToLong(u -> u.files().size()).sum(), "file") + " in `" + out + "`");
      return Exit.OK;
    }
    if (format == Format.HUMAN) {
      io.err().println("error: " + Plural.count(differ.size(), "file") + " in `" + out + "` differ from what `agentc build` would write:");
      differ.forEach(d -> io.err().println("  " + d));
      io.err().println("help: run `agentc build` and commit the result");
    }
    return Exit.ERRORS;
  }
}
