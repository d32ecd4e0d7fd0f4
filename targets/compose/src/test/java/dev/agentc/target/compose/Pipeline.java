package dev.agentc.target.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Output;
import dev.agentc.target.Targets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test support: compiles `.agent` text and runs a plan through the compose target as `agentc build` does. */
final class Pipeline {
  static final ComposeTarget TARGET = new ComposeTarget();

  private Pipeline() {}

  /** What the target made of one plan: its diagnostics (feature table and checks), and the output when none is an error. */
  record Built(List<Diagnostic> diagnostics, Optional<Output> output) {
    String yaml() {
      assertTrue(output.isPresent(), () -> "no output: " + diagnostics);
      return new String(output.get().files().get(0).bytes(), StandardCharsets.UTF_8);
    }

    List<Code> codes() { return diagnostics.stream().map(Diagnostic::code).toList(); }

    Diagnostic only(Code code) {
      List<Diagnostic> found = diagnostics.stream().filter(d -> d.code() == code).toList();
      assertEquals(1, found.size(), () -> "expected one " + code + " in " + diagnostics);
      return found.get(0);
    }
  }

  static Built build(Plan plan) {
    List<Diagnostic> diagnostics = new ArrayList<>(Targets.features(TARGET, plan));
    diagnostics.addAll(TARGET.check(plan, BuildOptions.DEFAULT));
    Optional<Output> output = diagnostics.stream().anyMatch(Diagnostic::isError) ? Optional.empty()
        : Optional.of(TARGET.emit(plan, BuildOptions.DEFAULT));
    return new Built(diagnostics, output);
  }

  /** Writes a one-file project (`agent.project` and `main.agent`) into {@code dir} and returns the plan of {@code deploy}. */
  static Plan plan(Path dir, String deploy, String source) throws IOException {
    Files.writeString(dir.resolve("agent.project"), "");
    Files.writeString(dir.resolve("main.agent"), source);
    List<Compilation> compiled = Compiler.check(dir);
    assertEquals(1, compiled.size());
    Compilation c = compiled.get(0);
    assertFalse(c.hasErrors(), () -> "the project does not compile: " + c.diagnostics());
    return c.plans().stream().filter(p -> p.name().equals(deploy)).findFirst().orElseThrow();
  }

  static Built build(Path dir, String deploy, String source) throws IOException { return build(plan(dir, deploy, source)); }
}
