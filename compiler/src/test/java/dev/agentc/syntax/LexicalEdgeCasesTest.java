package dev.agentc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lexing decisions that once went wrong: comments, money next to names, keys, trailing docs. */
class LexicalEdgeCasesTest {
  private static List<Code> codes(ParseResult r) { return r.diagnostics().stream().map(Diagnostic::code).toList(); }

  @Test
  void blockCommentFollowedByCodeIsClosed() {
    ParseResult r = Parser.parse("t.agent", "agent a { b = /* c */ 1 }\n");
    assertEquals(List.of(), codes(r));
    assertEquals(1, r.unit().comments().size());
  }

  @Test
  void blockCommentThatNeverClosesIsReported() {
    assertEquals(List.of(Code.E0103), codes(Parser.parse("t.agent", "let a = 1\n/* open * / still open")));
  }

  @Test
  void aKeyNamedLikeACurrencyIsNotMoney() {
    ParseResult r = Parser.parse("t.agent", "agent x { a = 1  USD = 2  b = 3 USDx }\n");
    assertEquals(List.of(Code.E0101), codes(r), "only `USDx` after a number is unexpected");
    assertTrue(TreeDump.of(r.unit()).contains("(field \"USD\""));
  }

  @Test
  void moneyWithARateStaysOneQuantity() {
    ParseResult r = Parser.parse("t.agent", "agent x { p = 500 USD/month  q = 1 }\n");
    assertEquals(List.of(), codes(r));
    assertTrue(TreeDump.of(r.unit()).contains("(qty \"500\" \"USD\" \"month\")"));
  }

  @Test
  void anInterpolatedKeyIsAnError() {
    assertEquals(List.of(Code.E0406), codes(Parser.parse("t.agent", "agent y { \"a${q}\" = 1 }\n")));
  }
}
