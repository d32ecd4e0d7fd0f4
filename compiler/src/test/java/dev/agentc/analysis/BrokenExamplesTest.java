package dev.agentc.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example with a GPU model or a budget, copied under `src/test/resources/broken/` with one
 * deliberate mistake (marked `// broken:`): the analyses must catch it with the error its
 * `EXPECT` file names, where the example itself has none (see PlanGoldenTest).
 */
class BrokenExamplesTest {
  private static final Path BROKEN = Path.of("src/test/resources/broken");

  static Stream<Path> broken() throws IOException {
    try (Stream<Path> s = Files.list(BROKEN)) {
      return s.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void theMistakeIsCaught(Path copy) throws IOException {
    String expected = Files.readString(copy.resolve("EXPECT")).strip();
    Compilation c = Compiler.check(copy).get(0);
    List<String> errors = c.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.code() + ": " + d.message()).toList();
    assertTrue(!errors.isEmpty() && errors.stream().allMatch(e -> e.startsWith(expected + ":")), () -> "expected " + expected + ", found " + errors);
  }
}
