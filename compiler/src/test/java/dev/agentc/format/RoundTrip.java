package dev.agentc.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.agentc.syntax.Comment;
import dev.agentc.syntax.ParseResult;
import dev.agentc.syntax.Parser;
import dev.agentc.syntax.TreeDump;
import java.util.List;

/** The formatter's contract on one input: same tree, same comments, and a fixed point. */
final class RoundTrip {
  private RoundTrip() {}

  /** Checks {@code source}, which must parse without errors, and returns its formatted text. */
  static String check(String label, String source) {
    ParseResult original = Parser.parse("input.agent", source);
    if (original.hasErrors()) fail(label + ": the input does not parse: " + original.diagnostics() + "\n--- input\n" + source);
    String formatted = Formatter.format(original.unit());
    String context = label + "\n--- input\n" + source + "\n--- formatted\n" + formatted;
    ParseResult reparsed = Parser.parse("formatted.agent", formatted);
    if (reparsed.hasErrors()) fail(context + "\n--- the formatted text does not parse: " + reparsed.diagnostics());
    assertEquals(TreeDump.of(original.unit()), TreeDump.of(reparsed.unit()), () -> "tree changed: " + context);
    assertEquals(commentTexts(original), commentTexts(reparsed), () -> "comments changed: " + context);
    assertEquals(formatted, Formatter.format(reparsed.unit()), () -> "not idempotent: " + context);
    return formatted;
  }

  /** Comment texts in order; trailing blanks of a line comment are not part of it. */
  private static List<String> commentTexts(ParseResult r) {
    return r.unit().comments().stream().map(Comment::text).map(t -> t.startsWith("/*") ? t : t.stripTrailing()).toList();
  }
}
