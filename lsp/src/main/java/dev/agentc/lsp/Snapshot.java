package dev.agentc.lsp;

import dev.agentc.Compilation;
import dev.agentc.check.Resolution;
import dev.agentc.diag.Diagnostic;
import dev.agentc.load.Module;
import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import dev.agentc.syntax.SourceUnit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One project checked at one moment: the compilation, its diagnostics (the targets' checks
 * included, as `agentc check` reports them), and indexes by file. Immutable (an index is built
 * when first asked for).
 */
final class Snapshot {
  private final Path root;
  private final Compilation compilation;
  private final List<Diagnostic> diagnostics;
  private final long generation;
  private final StdSources std;
  private final Map<String, Module> modules = new HashMap<>();
  /** Built on first use: only requests need it, so a check publishes its diagnostics without waiting for it. */
  private volatile Map<String, List<Resolution>> usesByFile;

  Snapshot(Path root, Compilation compilation, List<Diagnostic> diagnostics, long generation, StdSources std) {
    this.root = root;
    this.compilation = compilation;
    this.diagnostics = List.copyOf(diagnostics);
    this.generation = generation;
    this.std = std;
    for (Module m : compilation.project().modules()) modules.putIfAbsent(m.unit().file().path(), m);
  }

  Path root() { return root; }

  Compilation compilation() { return compilation; }

  List<Diagnostic> diagnostics() { return diagnostics; }

  /** Which change of the project this snapshot reflects (see {@link Analyzer}). */
  long generation() { return generation; }

  /** Every module of the project, the std ones included. */
  Iterable<Module> modules() { return compilation.project().modules(); }

  /** The display path of a file: relative to the root, or {@code <std>/…}. */
  String shown(Path path) {
    return std.shown(path).orElseGet(() -> root.relativize(path).toString().replace('\\', '/'));
  }

  /** The file on disk a display path names. */
  Path path(String shown) { return std.path(shown).orElseGet(() -> root.resolve(shown).normalize()); }

  Optional<Module> module(String shown) { return Optional.ofNullable(modules.get(shown)); }

  Optional<SourceUnit> unit(String shown) { return module(shown).map(Module::unit); }

  Optional<SourceFile> file(String shown) { return unit(shown).map(SourceUnit::file); }

  /** The names resolved in a file, sorted by position. */
  List<Resolution> uses(String shown) { return usesByFile().getOrDefault(shown, List.of()); }

  /** Two threads may both build it; they build equal maps, and either may stay. */
  private Map<String, List<Resolution>> usesByFile() {
    Map<String, List<Resolution>> built = usesByFile;
    if (built == null) {
      Map<String, List<Resolution>> byFile = new HashMap<>();
      for (Resolution r : compilation.resolutions()) byFile.computeIfAbsent(r.use().file(), f -> new ArrayList<>()).add(r);
      usesByFile = built = byFile;
    }
    return built;
  }

  /** Every resolution whose target is {@code target}. */
  List<Resolution> usesOf(Span target) {
    return compilation.resolutions().stream().filter(r -> r.target().equals(target)).toList();
  }
}
