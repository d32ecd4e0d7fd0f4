package dev.agentc.target.kubernetes;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Compiles `.agent` sources for the tests: the example projects, or a one-file project in a temporary folder. */
public final class Projects {
  /** The repository's example projects, relative to this module. */
  static final Path EXAMPLES = Path.of("../../examples");
  static final KubernetesTarget TARGET = new KubernetesTarget();

  private Projects() {}

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
  public static Plan plan(Path dir, String deploy, String source) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("agent.project"), "");
      Files.writeString(dir.resolve("main.agent"), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return plans(dir).stream().filter(p -> p.name().equals(deploy)).findFirst().orElseThrow(() -> new AssertionError("no deploy " + deploy));
  }

  /** What every small test project starts with: every catalog entry the tests use, and one secret. */
  static final String PRELUDE = """
      module t
      import std.gpu.{L4, T4, A10G, H100_80GB, MI300X}
      import std.tee.{sev, sev_snp, tdx, sgx, nitro}
      import std.region.{us_east, us_central, eu_west}
      secret api_key
      """;

  /** A project of {@code declarations} and a deploy `d` of {@code agents} with {@code kubernetes} settings; its plan. */
  static Plan plan(Path dir, String declarations, String agents, String kubernetes) {
    return plan(dir, "d", PRELUDE + declarations + "\ndeploy d {\n  agents = [" + agents + "]\n  kubernetes { " + kubernetes + " }\n}\n");
  }

  static List<Diagnostic> check(Plan plan) { return TARGET.check(plan, BuildOptions.DEFAULT); }

  static Output emit(Plan plan) { return TARGET.emit(plan, BuildOptions.DEFAULT); }

  /** The one file the plan emits, as text. */
  static String yaml(Plan plan) {
    Output out = emit(plan);
    assertEquals(1, out.files().size(), "one cluster file");
    return new String(out.files().get(0).bytes(), StandardCharsets.UTF_8);
  }
}
