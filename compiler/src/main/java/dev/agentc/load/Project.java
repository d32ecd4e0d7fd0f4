package dev.agentc.load;

import dev.agentc.diag.Diagnostic;
import dev.agentc.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A loaded project: its root as shown to users, every module (the user's, then the std modules
 * they can import, in a stable order) and the diagnostics of reading, parsing and import
 * resolution.
 */
public record Project(String root, List<Module> modules, List<Diagnostic> diagnostics) {
  public Project {
    modules = List.copyOf(modules);
    diagnostics = List.copyOf(diagnostics);
  }

  public Optional<Module> module(String name) {
    return modules.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** Every source file by its display path, for rendering diagnostics. */
  public Map<String, SourceFile> sources() {
    return modules.stream().map(m -> m.unit().file())
        .collect(Collectors.toMap(SourceFile::path, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
  }
}
