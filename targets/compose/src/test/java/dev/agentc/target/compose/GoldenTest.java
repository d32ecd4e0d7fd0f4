package dev.agentc.target.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.target.BuildOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for every deploy with a `compose` block in `examples/`: `golden/<example>/<deploy>/`
 * holds `diagnostics.txt` (what the target said, warnings included) and, when nothing was an
 * error, `compose.yaml`, compared byte for byte. `-Dagentc.updateGolden=true` rewrites them.
 */
class GoldenTest {
  static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
  static final Path GOLDEN = Path.of("src/test/resources/golden").toAbsolutePath();
  private static final boolean UPDATE = Boolean.getBoolean("agentc.updateGolden");

  /** One deploy of one example that builds for compose. */
  record Case(String example, Plan plan) {
    Path dir() { return GOLDEN.resolve(example).resolve(plan.name()); }
  }

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (Compilation c : Compiler.check(EXAMPLES)) {
      assertFalse(c.hasErrors(), () -> c.project().root() + " does not compile: " + c.diagnostics());
      String example = Path.of(c.project().root()).getFileName().toString();
      c.plans().stream().filter(Pipeline.TARGET::requested).forEach(p -> out.add(new Case(example, p)));
    }
    return out;
  }

  /** Every golden compose file, for the outside validators. */
  static List<Path> composeFiles() throws IOException {
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      return files.filter(f -> f.getFileName().toString().equals(ComposeFile.PATH)).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExampleDeploy() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.example() + "/" + c.plan().name(), () -> {
      Pipeline.Built built = Pipeline.build(c.plan());
      compare(c.dir().resolve("diagnostics.txt"), render(built.diagnostics()).getBytes(StandardCharsets.UTF_8));
      Path yaml = c.dir().resolve(ComposeFile.PATH);
      if (built.output().isPresent()) {
        compare(yaml, built.output().get().files().get(0).bytes());
      } else {
        assertFalse(Files.exists(yaml), () -> yaml + " should not exist: the deploy has errors");
      }
    }));
  }

  @Test
  void theExamplesHaveComposeDeploys() {
    List<String> names = cases().stream().map(c -> c.example() + "/" + c.plan().name()).toList();
    assertTrue(names.containsAll(List.of("customer-service/dev", "onprem-compose/onprem", "webhook-queue/dev")), names::toString);
  }

  @Test
  void noGoldenFolderWithoutADeploy() throws IOException {
    TreeSet<String> expected = new TreeSet<>(cases().stream().map(c -> c.example() + "/" + c.plan().name()).toList());
    TreeSet<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      files.filter(f -> f.getFileName().toString().equals("diagnostics.txt"))
          .forEach(f -> found.add(GOLDEN.relativize(f.getParent()).toString().replace('\\', '/')));
    }
    assertEquals(expected, found, "golden folders and compose deploys of the examples differ");
  }

  @Test
  void emittingTwiceGivesTheSameBytes() {
    for (Case c : cases()) {
      byte[] first = Pipeline.TARGET.emit(c.plan(), BuildOptions.DEFAULT).files().get(0).bytes();
      byte[] second = Pipeline.TARGET.emit(c.plan(), BuildOptions.DEFAULT).files().get(0).bytes();
      assertArrayEquals(first, second, c.example() + "/" + c.plan().name());
    }
  }

  /** `CODE file:line:col message`, then the hint; the file by name only, so the list does not depend on the working directory. */
  static String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(d.code()).append(' ').append(Path.of(d.span().file()).getFileName()).append(':').append(d.span().line()).append(':')
          .append(d.span().column()).append(' ').append(d.message()).append('\n');
      d.hint().ifPresent(h -> out.append("  hint: ").append(h).append('\n'));
    }
    return out.toString();
  }

  private static void compare(Path golden, byte[] actual) throws IOException {
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, actual);
      return;
    }
    assertTrue(Files.exists(golden), () -> golden + " is missing; run with -Dagentc.updateGolden=true and review it");
    assertEquals(Files.readString(golden), new String(actual, StandardCharsets.UTF_8), () -> golden + " differs; if intended, rerun with -Dagentc.updateGolden=true");
    assertArrayEquals(Files.readAllBytes(golden), actual, golden::toString);
  }
}
