package dev.agentc.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.agentc.diag.Diagnostic;
import dev.agentc.source.Span;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes in, a tree and diagnostics out: the lexer and parser never throw, and every span they
 * report lies within the file. Plain test runs replay {@code ParserFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1}.
 */
class ParserFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void parseNeverThrows(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    ParseResult result = Parser.parse("fuzz.agent", text);
    int length = result.unit().file().length();
    for (Diagnostic d : result.diagnostics()) within(d.span(), length, d.toString());
    for (Comment c : result.unit().comments()) within(c.span(), length, c.toString());
    for (TopLevel item : result.unit().items()) within(item.span(), length, item.name().text());
    TreeDump.of(result.unit());
  }

  private static void within(Span span, int length, String what) {
    assertTrue(0 <= span.start() && span.start() <= span.end() && span.end() <= length, () -> "span " + span + " outside the file: " + what);
  }
}
