package dev.agentc.syntax;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.grammar.AgentLexer;
import dev.agentc.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * A member whose value is missing — `port =`, and on a later line `timeout = 30s` — reads as
 * `port = timeout` followed by a stray `= 30s`, and ANTLR's recovery then leaves the block and
 * reports every member after it. Before parsing, each such `=` gets a zero-width `none` after it
 * and one E0101 naming the member; the checker skips declarations with syntax errors, so the
 * stand-in is never checked.
 */
final class MissingValues {
  private MissingValues() {}

  /** {@code tokens} with a stand-in after every `=` whose value is missing; one diagnostic each into {@code diags}. */
  static List<Token> mend(SourceFile file, List<Token> tokens, List<Diagnostic> diags) {
    List<Token> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (out != null) out.add(t);
      if (t.getType() != AgentLexer.ASSIGN || !memberStartsOnALaterLine(tokens, i)) continue;
      if (out == null) out = new ArrayList<>(tokens.subList(0, i + 1));
      out.add(standIn(t));
      Token key = previous(tokens, i);
      String name = key == null ? "" : " of `" + key.getText() + "`";
      diags.add(Parser.at(file, t, Code.E0101, "the value" + name + " is missing after `=`")
          .hint("a member is `name = value`: give it a value, or remove the line").build());
    }
    if (out == null) return tokens;
    for (int i = 0; i < out.size(); i++) ((CommonToken) out.get(i)).setTokenIndex(i);
    return out;
  }

  /** Whether the tokens after the `=` at {@code i} start a member (a name, then `=` or `{`) on a later line. */
  private static boolean memberStartsOnALaterLine(List<Token> tokens, int i) {
    int next = following(tokens, i);
    if (next < 0 || !isName(tokens.get(next)) || tokens.get(next).getLine() <= tokens.get(i).getLine()) return false;
    int after = following(tokens, next);
    return after >= 0 && (tokens.get(after).getType() == AgentLexer.ASSIGN || tokens.get(after).getType() == AgentLexer.LBRACE);
  }

  /** The index of the next token the parser sees (comments are on their own channel), or -1. */
  private static int following(List<Token> tokens, int i) {
    for (int j = i + 1; j < tokens.size(); j++) if (tokens.get(j).getChannel() == Token.DEFAULT_CHANNEL) return j;
    return -1;
  }

  private static Token previous(List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0; j--) if (tokens.get(j).getChannel() == Token.DEFAULT_CHANNEL) return isName(tokens.get(j)) ? tokens.get(j) : null;
    return null;
  }

  private static boolean isName(Token t) { return SyntaxErrors.isName(t.getType()); }

  /** A `none` of no width just after {@code assign}. */
  private static Token standIn(Token assign) {
    CommonToken none = new CommonToken(assign);
    none.setType(AgentLexer.NONE);
    none.setText("none");
    none.setStartIndex(assign.getStopIndex() + 1);
    none.setStopIndex(assign.getStopIndex());
    return none;
  }
}
