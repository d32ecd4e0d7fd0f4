package dev.agentc.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Copies of the seed examples broken the way real deploys break (`broken/<example>-<guard>/`,
 * each edit marked "broken on purpose"): every diagnostic agentc reports, against the copy's
 * `expected-diagnostics.txt`. Run with `-Dagentc.updateGolden=true` to rewrite them, then review.
 */
class BrokenExamplesTest {
  private static final Path BROKEN = Path.of("src/test/resources/broken");
  private static final String EXPECTED = "expected-diagnostics.txt";

  static List<Path> copies() throws IOException {
    try (Stream<Path> s = Files.list(BROKEN)) {
      return s.filter(p -> Files.exists(p.resolve("agent.project"))).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("copies")
  void eachBrokenCopyIsCaughtBeforeDeploying(Path copy) throws IOException {
    Compilation c = Compiler.check(copy).get(0);
    assertTrue(c.hasErrors(), () -> copy + " should not pass: " + c.diagnostics());
    String actual = c.diagnostics().stream().map(BrokenExamplesTest::line).collect(Collectors.joining("\n", "", "\n"));
    Path golden = copy.resolve(EXPECTED);
    if (Boolean.getBoolean("agentc.updateGolden")) Files.writeString(golden, actual);
    assertEquals(Files.readString(golden), actual, golden.toString());
  }

  @Test
  void everyExampleHasABrokenCopy() throws IOException {
    List<String> examples;
    try (Stream<Path> s = Files.list(Path.of("../examples"))) {
      examples = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(examples, copies().stream().map(p -> p.getFileName().toString().replaceAll("-[a-z]+(-fit)?$", "")).distinct().sorted().toList());
  }

  private static String line(Diagnostic d) {
    return d.severity().label() + "[" + d.code() + "] " + Path.of(d.span().file()).getFileName() + ":" + d.span().line() + ":" + d.span().column()
        + " " + d.message();
  }
}
