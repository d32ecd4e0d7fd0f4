package dev.agentc.lsp;

import dev.agentc.grammar.AgentLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/** Whether a text is a name the language accepts: exactly one identifier token of its own lexer (so no keyword). */
final class Identifiers {
  private Identifiers() {}

  static boolean valid(String text) {
    AgentLexer lexer = new AgentLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    Token first = lexer.nextToken();
    return first.getType() == AgentLexer.IDENT && first.getText().equals(text) && lexer.nextToken().getType() == Token.EOF;
  }
}
