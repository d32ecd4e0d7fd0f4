package dev.agentc.target.pulumi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Compiles `.agent` sources for the tests: the example projects, or a one-file project in a temporary folder. */
final class Projects {
  /** The repository's example projects, relative to this module. */
  static final Path EXAMPLES = Path.of("../../examples");
  static final PulumiTarget TARGET = new PulumiTarget();

  private Projects() {}

  /** The example projects, sorted by folder name. */
  static List<Path> examples() {
    try (var dirs = Files.list(EXAMPLES)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The plans of a project that must compile without errors. */
  static List<Plan> plans(Path dir) {
    List<Compilation> compilations = Compiler.check(dir);
    assertEquals(1, compilations.size(), "one project in " + dir);
    Compilation c = compilations.get(0);
    assertFalse(c.hasErrors(), () -> "compile errors in " + dir + ":\n" + c.diagnostics().stream().map(Diagnostic::toString)
        .collect(Collectors.joining("\n")));
    return c.plans();
  }

  /** Writes {@code source} as `main.agent` of a new project in {@code dir} and returns the plan of deploy {@code deploy}. */
  static Plan plan(Path dir, String deploy, String source) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("agent.project"), "");
      Files.writeString(dir.resolve("main.agent"), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return plans(dir).stream().filter(p -> p.name().equals(deploy)).findFirst().orElseThrow(() -> new AssertionError("no deploy " + deploy));
  }

  static List<Diagnostic> check(Plan plan) { return TARGET.check(plan, BuildOptions.DEFAULT); }

  static Output emit(Plan plan) { return TARGET.emit(plan, BuildOptions.DEFAULT); }
}
