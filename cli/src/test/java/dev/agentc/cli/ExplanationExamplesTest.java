package dev.agentc.cli;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.build.Build;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Explanation;
import dev.agentc.diag.Explanations;
import dev.agentc.target.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The `## Example` of every explanation really reports its code, and its `## Fix` reports no error
 * at all, checked as `agentc check` does (compiler and every target). A block is one file, or
 * several, each starting with a `// file: NAME.agent` line. Here, not in the compiler module,
 * because some codes are reported by targets.
 */
class ExplanationExamplesTest {
  /**
   * Codes about files, the file system or keys (E00xx), and what clusters and APIs answer at apply
   * time (E07xx, W07xx): their examples are ```agent,ignore and skipped here.
   */
  static final Set<Code> NOT_IN_SOURCE = Stream.of(Code.values())
      .filter(c -> c.name().startsWith("E00") || c.name().substring(1, 3).equals("07"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  @TempDir Path dir;

  static Stream<Code> checkedCodes() {
    return Stream.of(Code.values()).filter(c -> !NOT_IN_SOURCE.contains(c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkedCodes")
  void exampleReportsTheCodeAndFixReportsNoError(Code code) throws IOException {
    Explanation e = Explanations.of(code).orElseThrow();
    List<Diagnostic> example = check(dir.resolve("example"), e.codeOf("Example").orElseThrow().text());
    assertTrue(example.stream().anyMatch(d -> d.code() == code), () -> "the example of " + code + " reports " + codes(example));
    List<Diagnostic> fix = check(dir.resolve("fix"), e.codeOf("Fix").orElseThrow().text());
    assertTrue(fix.stream().noneMatch(d -> d.code() == code || d.isError()), () -> "the fix of " + code + " reports " + codes(fix));
  }

  @Test
  void onlyTheListedCodesAreIgnored() {
    Set<Code> ignored = new TreeSet<>();
    for (Code c : Code.values()) {
      if (Explanations.of(c).flatMap(x -> x.codeOf("Example")).map(Explanation.CodeBlock::ignored).orElse(false)) ignored.add(c);
    }
    assertEquals(new TreeSet<>(NOT_IN_SOURCE), ignored);
  }

  /** Writes the block as a project and returns what `agentc check` would report. */
  private static List<Diagnostic> check(Path project, String block) throws IOException {
    Files.createDirectories(project);
    Files.writeString(project.resolve("agent.project"), "");
    for (Map.Entry<String, String> f : files(block).entrySet()) Files.writeString(project.resolve(f.getKey()), f.getValue());
    List<Diagnostic> out = new ArrayList<>();
    for (Compilation c : Compiler.check(project)) {
      out.addAll(c.diagnostics());
      out.addAll(Build.check(c, Shipped.targets(), BuildOptions.DEFAULT));
    }
    return out;
  }

  /** The files of a block: `main.agent`, or one per `// file: NAME` line. */
  static Map<String, String> files(String block) {
    Map<String, String> out = new LinkedHashMap<>();
    String name = "main.agent";
    StringBuilder text = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      if (line.startsWith("// file: ")) {
        if (!text.toString().isBlank()) out.put(name, text.toString());
        name = line.substring("// file: ".length()).strip();
        text.setLength(0);
      } else {
        text.append(line).append('\n');
      }
    }
    out.put(name, text.toString());
    return out;
  }

  private static List<String> codes(List<Diagnostic> ds) {
    return ds.stream().map(d -> d.code() + " " + d.message()).toList();
  }
}
