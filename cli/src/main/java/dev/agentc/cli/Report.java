package dev.agentc.cli;

import dev.agentc.Compilation;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Severity;
import dev.agentc.load.Project;
import dev.agentc.source.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * One project's diagnostics, ready to print. Paths are the loader's display paths (relative to
 * the working directory when under it), so {@code --> examples/shop/main.agent:3:5} opens.
 *
 * @param name the project as shown in summaries
 * @param files how many of the user's own files were checked
 */
record Report(String name, int files, Map<String, SourceFile> sources, List<Diagnostic> diagnostics) {

  static Report of(Compilation c) {
    Project p = c.project();
    int files = (int) p.modules().stream().filter(m -> !m.std()).count();
    return new Report(p.root(), files, p.sources(), c.diagnostics());
  }

  /** The same project with these diagnostics. */
  Report with(List<Diagnostic> all) { return new Report(name, files, sources, all); }

  long errors() { return diagnostics.stream().filter(Diagnostic::isError).count(); }

  long warnings() { return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count(); }

  /** Whether a diagnostic is an input or file problem (E0001–E0008): exit code 2, not 1. */
  static boolean isInputProblem(Diagnostic d) {
    return d.isError() && d.code().name().startsWith("E00");
  }
}
