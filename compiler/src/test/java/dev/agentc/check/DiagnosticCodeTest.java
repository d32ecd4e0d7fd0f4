package dev.agentc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per diagnostic code: each `CODE.agent` under test resources starts with
 * `// expect CODE at L:C-L:C` and must produce exactly that diagnostic (code and span) and no
 * other error or warning.
 */
class DiagnosticCodeTest {
  private static final Path CASES = Path.of("src/test/resources/dev/agentc/diagnostics");
  private static final Pattern EXPECT = Pattern.compile("// expect (\\w+) at (\\d+):(\\d+)-(\\d+):(\\d+)");

  @TempDir Path project;

  static Stream<Path> cases() throws IOException {
    return Files.list(CASES).filter(p -> p.toString().endsWith(".agent")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedDiagnostic(Path file) throws IOException {
    String source = Files.readString(file);
    Matcher m = EXPECT.matcher(source.lines().findFirst().orElse(""));
    assertTrue(m.matches(), file + " must start with `// expect CODE at L:C-L:C`");
    Files.writeString(project.resolve("agent.project"), "");
    Files.writeString(project.resolve("main.agent"), source);

    List<String> found = new ArrayList<>();
    for (Compilation c : Compiler.check(project)) {
      for (Diagnostic d : c.diagnostics()) {
        found.add(d.code() + " at " + d.span().line() + ":" + d.span().column() + "-" + d.span().endLine() + ":" + d.span().endColumn()
            + " (" + d.message() + ")");
      }
    }
    String expected = m.group(1) + " at " + m.group(2) + ":" + m.group(3) + "-" + m.group(4) + ":" + m.group(5);
    assertEquals(1, found.size(), () -> "expected only " + expected + ", found " + found);
    assertTrue(found.get(0).startsWith(expected + " "), () -> "expected " + expected + ", found " + found);
  }

  /** `src/test/java` and `src/test/resources` of every module: the top-level ones and those under `targets/`. */
  private static List<Path> testFolders() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path parent : List.of(Path.of(".."), Path.of("../targets"))) {
      try (Stream<Path> modules = Files.list(parent)) {
        modules.sorted().flatMap(m -> Stream.of(m.resolve("src/test/java"), m.resolve("src/test/resources"))).filter(Files::isDirectory)
            .forEach(out::add);
      }
    }
    return out;
  }

  /** E0007: nesting deeper than the parser's limit is refused up front, at the bracket that crosses it. */
  @Test
  void deepNestingIsRefusedBeforeParsing() {
    String source = "let x = " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    var result = dev.agentc.syntax.Parser.parse("deep.agent", source);
    assertEquals(List.of(Code.E0007), result.diagnostics().stream().map(Diagnostic::code).toList());
    assertEquals(9 + dev.agentc.syntax.Parser.MAX_DEPTH, result.diagnostics().get(0).span().column());
  }

  /**
   * Every code of the catalog is exercised by some test, so a new code cannot ship untested. Codes
   * only a target reports are tested in that target's module, so every module's tests count.
   */
  @Test
  void everyCodeHasATest() throws IOException {
    List<String> testText = new ArrayList<>();
    for (Path tests : testFolders()) {
      try (Stream<Path> files = Files.walk(tests)) {
        files.filter(Files::isRegularFile).forEach(p -> {
          testText.add(p.getFileName().toString());
          try {
            if (p.toString().endsWith(".java")) testText.add(Files.readString(p));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    String all = String.join("\n", testText);
    List<String> untested = Stream.of(Code.values()).map(Code::name)
        .filter(code -> !all.contains(code + ".agent") && !all.contains("Code." + code)).toList();
    assertEquals(List.of(), untested, "codes with neither a `CODE.agent` case nor a `Code.CODE` assertion in a test");
  }
}
