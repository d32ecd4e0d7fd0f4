package dev.agentc.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every code has an explanation in the format `agentc explain` expects, and every explanation file belongs to a code. */
class ExplanationsTest {
  private static final Path FOLDER = Path.of("src/main/resources/dev/agentc/diag/explain");

  @ParameterizedTest(name = "{0}")
  @EnumSource(Code.class)
  void everyCodeHasAWellFormedExplanation(Code code) {
    Optional<Explanation> found = Explanations.of(code);
    assertTrue(found.isPresent(), () -> "missing " + FOLDER + "/" + code + ".md");
    Explanation e = found.get();
    List<Explanation.Block> blocks = e.blocks();
    assertEquals(new Explanation.Heading(1, code + ": " + code.title()), blocks.getFirst(), "the first line is `# CODE: <the code's title>`");
    assertTrue(blocks.get(1) instanceof Explanation.Paragraph, "a paragraph says what is wrong");
    Explanation.CodeBlock example = e.codeOf("Example").orElseThrow(() -> new AssertionError("no ```agent block under `## Example`"));
    Explanation.CodeBlock fix = e.codeOf("Fix").orElseThrow(() -> new AssertionError("no ```agent block under `## Fix`"));
    for (Explanation.CodeBlock b : List.of(example, fix)) {
      assertTrue(b.info().equals("agent") || b.info().equals("agent,ignore"), () -> "a block is ```agent or ```agent,ignore, not " + b.info());
      assertTrue(!b.text().isBlank(), "an empty block");
    }
    assertEquals(example.ignored(), fix.ignored(), "the example and its fix are both checked, or both ignored");
    List<String> headings = blocks.stream().filter(b -> b instanceof Explanation.Heading h && h.level() == 2)
        .map(b -> ((Explanation.Heading) b).text()).toList();
    assertEquals(List.of("Example", "Fix"), headings);
  }

  @Test
  void everyExplanationFileIsACode() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> strays = files.map(p -> p.getFileName().toString())
          .filter(name -> !name.endsWith(".md") || Stream.of(Code.values()).noneMatch(c -> name.equals(c + ".md"))).sorted().toList();
      assertEquals(List.of(), strays, "files in " + FOLDER + " that are not `<CODE>.md` of a code in Code.java");
    }
  }

  @Test
  void blocksSplitHeadingsParagraphsAndFences() {
    Explanation e = new Explanation(Code.E0101, "# E0101: syntax error\n\nOne\ntwo.\n\n## Example\n\n```agent,ignore\nlet x =\n\n```\nafter\n");
    assertEquals(List.of(new Explanation.Heading(1, "E0101: syntax error"), new Explanation.Paragraph("One\ntwo."), new Explanation.Heading(2, "Example"),
        new Explanation.CodeBlock("agent,ignore", "let x =\n\n"), new Explanation.Paragraph("after")), e.blocks());
    assertTrue(e.codeOf("Example").orElseThrow().ignored());
    assertTrue(e.codeOf("Fix").isEmpty());
  }
}
