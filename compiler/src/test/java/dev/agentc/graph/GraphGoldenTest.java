package dev.agentc.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.ir.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The graph of every deploy of every example, as Mermaid and DOT, against
 * `src/test/resources/dev/agentc/graph/<example>/<deploy>.{mmd,dot}`. Run with
 * `-Dagentc.updateGolden=true` to rewrite them after an intended change, then review the diff.
 */
class GraphGoldenTest {
  static final Path EXAMPLES = Path.of("../examples");
  static final Path GOLDEN = Path.of("src/test/resources/dev/agentc/graph");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      return s.filter(p -> Files.exists(p.resolve("agent.project"))).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void mermaidAndDotOfEveryDeployMatchTheirGoldens(Path example) throws IOException {
    Compilation c = Compiler.check(example).get(0);
    assertFalse(c.hasErrors(), () -> c.diagnostics().toString());
    assertFalse(c.plans().isEmpty());
    for (Plan plan : c.plans()) {
      Graph graph = Graphs.of(plan);
      Path folder = GOLDEN.resolve(example.getFileName().toString());
      compare(folder.resolve(plan.dnsName() + ".mmd"), MermaidWriter.write(graph));
      compare(folder.resolve(plan.dnsName() + ".dot"), DotWriter.write(graph));
    }
  }

  private static void compare(Path golden, String actual) throws IOException {
    if (Boolean.getBoolean("agentc.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual);
    }
    assertEquals(Files.readString(golden), actual, golden.toString());
  }
}
