package dev.agentc.target.pulumi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.target.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example deploy's Pulumi project, byte for byte, against `golden/<example>/<deploy>/`: the
 * project's files of a plan that passes the target's checks, or `diagnostics.txt` (code, position,
 * message) of one that does not. `-Dagentc.updateGolden=true` rewrites the files.
 */
class GoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final String DIAGNOSTICS = "diagnostics.txt";
  private static final boolean UPDATE = Boolean.getBoolean("agentc.updateGolden");

  @TestFactory
  Stream<DynamicTest> examples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path example : Projects.examples()) {
      for (Plan plan : Projects.plans(example)) {
        if (!Projects.TARGET.requested(plan)) continue;
        Path dir = GOLDEN.resolve(example.getFileName().toString()).resolve(plan.name());
        tests.add(dynamicTest(example.getFileName() + "/" + plan.name(), () -> compare(plan, dir)));
      }
    }
    return tests.stream();
  }

  private static void compare(Plan plan, Path dir) throws IOException {
    List<Diagnostic> diagnostics = Projects.check(plan);
    List<Output.Artefact> files = new ArrayList<>();
    if (!diagnostics.isEmpty()) files.add(new Output.Artefact(DIAGNOSTICS, render(diagnostics).getBytes(StandardCharsets.UTF_8)));
    if (diagnostics.stream().noneMatch(Diagnostic::isError)) files.addAll(Projects.emit(plan).files());
    if (UPDATE) {
      if (Files.isDirectory(dir)) try (Stream<Path> old = Files.walk(dir)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
      }
      for (Output.Artefact f : files) {
        Files.createDirectories(dir.resolve(f.path()).getParent());
        Files.write(dir.resolve(f.path()), f.bytes());
      }
      return;
    }
    TreeSet<String> expected = new TreeSet<>();
    if (Files.isDirectory(dir)) try (Stream<Path> present = Files.walk(dir)) {
      present.filter(Files::isRegularFile).forEach(p -> expected.add(dir.relativize(p).toString().replace('\\', '/')));
    }
    assertEquals(expected, new TreeSet<>(files.stream().map(Output.Artefact::path).toList()), "files of " + dir);
    for (Output.Artefact f : files) {
      assertEquals(Files.readString(dir.resolve(f.path())), new String(f.bytes(), StandardCharsets.UTF_8), dir.resolve(f.path()).toString());
    }
  }

  /** One line per diagnostic: code, file:line:column, message. */
  static String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    diagnostics.stream().sorted(Comparator.comparing((Diagnostic d) -> d.span().file()).thenComparingInt(d -> d.span().start()))
        .forEach(d -> out.append(d.code()).append(' ').append(Path.of(d.span().file()).getFileName()).append(':').append(d.span().line())
            .append(':').append(d.span().column()).append(' ').append(d.message()).append('\n'));
    return out.toString();
  }
}
