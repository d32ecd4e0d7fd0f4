package dev.agentc.format;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example program formats to a fixed point with the same tree and comments. */
class FormatterExamplesTest {
  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.walk(examplesDir())) {
      List<Path> agents = files.filter(p -> p.toString().endsWith(".agent")).sorted().toList();
      return agents.stream();
    }
  }

  /** The repository's `examples/`, found by walking up from the module directory. */
  private static Path examplesDir() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))) return dir.resolve("examples");
    }
    throw new IllegalStateException("no examples/ directory above " + Path.of("").toAbsolutePath());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleRoundTrips(Path file) throws IOException {
    RoundTrip.check(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void examplesAreFound() throws IOException {
    assertFalse(examples().toList().isEmpty(), "no .agent files under examples/");
  }
}
