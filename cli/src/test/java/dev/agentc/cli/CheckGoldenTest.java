package dev.agentc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * `agentc check` end to end, human and JSON output, on the fixture projects and every example,
 * against `src/test/resources/golden/check/<project>.{txt,json}`. Run with
 * `-Dagentc.updateGolden=true` to rewrite them after an intended change, then review the diff.
 */
class CheckGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/check");

  static Stream<Path> projects() throws IOException {
    Stream.Builder<Path> all = Stream.builder();
    for (Path parent : new Path[] {MainTest.PROJECTS, BuildCommandTest.EXAMPLES}) {
      try (Stream<Path> s = Files.list(parent)) {
        s.filter(p -> Files.exists(p.resolve("agent.project"))).sorted().forEach(all::add);
      }
    }
    return all.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("projects")
  void humanAndJsonOutputMatchTheirGoldens(Path project) throws IOException {
    // Run from the project's parent so paths in the output are short and machine-independent.
    String name = project.getFileName().toString();
    MainTest.Run human = MainTest.run(project.getParent(), Map.of(), false, "check", name, "--color", "never");
    MainTest.Run json = MainTest.run(project.getParent(), Map.of(), false, "check", name, "--format", "json");
    compare(GOLDEN.resolve(name + ".txt"), "exit " + human.code() + "\n" + human.err());
    compare(GOLDEN.resolve(name + ".json"), json.out());
  }

  private static void compare(Path golden, String actual) throws IOException {
    if (Boolean.getBoolean("agentc.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual);
    }
    assertEquals(Files.readString(golden), actual, golden.toString());
  }
}
