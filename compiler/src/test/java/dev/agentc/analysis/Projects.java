package dev.agentc.analysis;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Compiles one-file projects for the analysis tests. */
public final class Projects {
  private Projects() {}

  public static Compilation compile(Path dir, String source) throws IOException {
    Files.writeString(dir.resolve("agent.project"), "");
    Files.writeString(dir.resolve("main.agent"), source);
    return Compiler.check(dir).get(0);
  }

  public static List<Code> codes(Compilation c) { return c.diagnostics().stream().map(Diagnostic::code).toList(); }

  public static Diagnostic only(Compilation c, Code code) {
    List<Diagnostic> found = c.diagnostics().stream().filter(d -> d.code() == code).toList();
    if (found.size() != 1) throw new AssertionError("expected one " + code + ", found " + c.diagnostics());
    return found.get(0);
  }
}
