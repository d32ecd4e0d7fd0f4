package dev.agentc.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example program and standard library file is in the canonical layout: it formats to itself, same tree, same comments. */
class FormatterExamplesTest {
  /** The `.agent` files of the repository's `examples/` and of the standard library. */
  static Stream<Path> examples() throws IOException {
    Path examples = repositoryDir("examples");
    List<Path> agents = new ArrayList<>();
    for (Path dir : List.of(examples, examples.resolveSibling("stdlib/src/main/resources/std"))) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(p -> p.toString().endsWith(".agent")).sorted().forEach(agents::add);
      }
    }
    return agents.stream();
  }

  /** A directory of the repository, found by walking up from the module directory. */
  private static Path repositoryDir(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(name))) return dir.resolve(name);
    }
    throw new IllegalStateException("no " + name + "/ directory above " + Path.of("").toAbsolutePath());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleRoundTrips(Path file) throws IOException {
    String source = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(source, RoundTrip.check(file.toString(), source), file + " is not formatted: run `agentc fmt` on it");
  }

  @Test
  void examplesAreFound() throws IOException {
    assertTrue(examples().anyMatch(p -> p.toString().contains("examples")), "no .agent files under examples/");
    assertTrue(examples().anyMatch(p -> p.endsWith("std/gpu.agent")), "the standard library's files are not found");
  }
}
