package dev.agentc.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan of every deploy of every example, as {@link PlanDump} text, against
 * `src/test/resources/dev/agentc/ir/<example>/<deploy>.plan`. Run with
 * `-Dagentc.updateGolden=true` to rewrite them after an intended change, then review the diff.
 */
class PlanGoldenTest {
  private static final Path EXAMPLES = Path.of("../examples");
  private static final Path GOLDEN = Path.of("src/test/resources/dev/agentc/ir");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      return s.filter(p -> Files.exists(p.resolve("agent.project"))).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void planOfEveryDeployMatchesItsGolden(Path example) throws IOException {
    Compilation c = Compiler.check(example).get(0);
    assertFalse(c.hasErrors(), () -> c.diagnostics().toString());
    assertFalse(c.plans().isEmpty());
    for (Plan plan : c.plans()) {
      Path golden = GOLDEN.resolve(example.getFileName().toString()).resolve(plan.dnsName() + ".plan");
      String actual = PlanDump.dump(plan);
      if (Boolean.getBoolean("agentc.updateGolden")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual);
      }
      assertEquals(Files.readString(golden), actual, golden.toString());
    }
  }
}
