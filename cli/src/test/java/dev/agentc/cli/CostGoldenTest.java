package dev.agentc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * `agentc cost` end to end on every example, as a table, JSON and CSV, against
 * `src/test/resources/golden/cost/<example>.{txt,json,csv}`. Run with `-Dagentc.updateGolden=true`
 * to rewrite them after an intended change, then review the diff.
 */
class CostGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/cost");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(BuildCommandTest.EXAMPLES)) {
      return s.filter(p -> Files.exists(p.resolve("agent.project"))).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyFormatMatchesItsGolden(Path example) throws IOException {
    String name = example.getFileName().toString();
    for (String format : new String[] {"table", "json", "csv"}) {
      MainTest.Run run = MainTest.run(example.getParent(), Map.of(), false, "cost", name, "--format", format);
      assertEquals(0, run.code(), run.err());
      compare(GOLDEN.resolve(name + "." + (format.equals("table") ? "txt" : format)), run.out());
    }
  }

  @Test
  void oneDeployOnly() {
    MainTest.Run run = MainTest.run(BuildCommandTest.EXAMPLES, Map.of(), false, "cost", "multi-cloud", "--deploy", "aks");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("deploy aks (multi-cloud): cloud aks,"), run.out());
    assertEquals(1, run.out().lines().filter(l -> l.startsWith("deploy ")).count(), run.out());
  }

  @Test
  void anUnknownDeployIsAUsageError() {
    MainTest.Run run = MainTest.run(BuildCommandTest.EXAMPLES, Map.of(), false, "cost", "multi-cloud", "--deploy", "nope");
    assertEquals(Exit.USAGE, run.code());
    assertTrue(run.err().contains("no deploy named `nope`"), run.err());
  }

  @Test
  void aProjectWithErrorsPrintsThemAndNoTable() {
    MainTest.Run run = MainTest.run("cost", "errors");
    assertEquals(Exit.ERRORS, run.code());
    assertEquals("", run.out());
    assertTrue(run.err().contains("error: no cost without a valid plan"), run.err());
  }

  private static void compare(Path golden, String actual) throws IOException {
    if (Boolean.getBoolean("agentc.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual);
    }
    assertEquals(Files.readString(golden), actual, golden.toString());
  }
}
