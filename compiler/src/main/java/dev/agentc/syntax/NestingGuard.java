package dev.agentc.syntax;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.grammar.AgentLexer;
import dev.agentc.source.SourceFile;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/** Refuses input nested deeper than {@link Parser#MAX_DEPTH} before the recursive parser sees it. */
final class NestingGuard {
  private NestingGuard() {}

  /** The error for the first of the {@code code} tokens (comments left out) nested too deep, if any. */
  static Optional<Diagnostic> check(SourceFile file, Token[] code) {
    int depth = 0;
    int minusRun = 0;
    for (Token t : code) {
      int type = t.getType();
      switch (type) {
        case AgentLexer.LBRACE, AgentLexer.LBRACK, AgentLexer.LPAREN, AgentLexer.STR_INTERP, AgentLexer.RAW_INTERP,
            AgentLexer.STR_OPEN, AgentLexer.RAW_OPEN -> depth++;
        case AgentLexer.RBRACE, AgentLexer.RBRACK, AgentLexer.RPAREN, AgentLexer.STR_CLOSE, AgentLexer.RAW_CLOSE,
            AgentLexer.STR_UNTERMINATED -> depth = Math.max(0, depth - 1);
        default -> {}
      }
      minusRun = type == AgentLexer.MINUS ? minusRun + 1 : 0;
      if (depth + minusRun > Parser.MAX_DEPTH) {
        return Optional.of(Parser.at(file, t, Code.E0007, depth + minusRun, Parser.MAX_DEPTH)
            .hint("split the value into `let` constants or flatter blocks").build());
      }
    }
    return Optional.empty();
  }
}
