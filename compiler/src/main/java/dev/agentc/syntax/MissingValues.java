package dev.agentc.syntax;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.grammar.AgentLexer;
import dev.agentc.source.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  /** {@code lexed} with a stand-in after every `=` whose value is missing; one diagnostic each into {@code diags}. */
  static Lexed mend(SourceFile file, Lexed lexed, List<Diagnostic> diags) {
    Token[] code = lexed.code();
    Set<Token> missing = null;
    for (int i = 0; i < code.length; i++) {
      Token t = code[i];
      if (t.getType() != AgentLexer.ASSIGN || !memberStartsOnALaterLine(file, code, i)) continue;
      if (missing == null) missing = new HashSet<>();
      missing.add(t);
      Token key = i > 0 && isName(code[i - 1]) ? code[i - 1] : null;
      String name = key == null ? "" : " of `" + key.getText() + "`";
      diags.add(Parser.at(file, t, Code.E0101, "the value" + name + " is missing after `=`")
          .hint("a member is `name = value`: give it a value, or remove the line").build());
    }
    if (missing == null) return lexed;
    List<Token> all = new ArrayList<>(lexed.all().size() + missing.size());
    for (Token t : lexed.all()) {
      all.add(t);
      if (missing.contains(t)) all.add(standIn(t));
    }
    return Lexed.of(all);
  }

  /** Whether the code tokens after the `=` at {@code i} start a member (a name, then `=` or `{`) on a later line. */
  private static boolean memberStartsOnALaterLine(SourceFile file, Token[] code, int i) {
    if (i + 2 >= code.length) return false;
    Token next = code[i + 1];
    int after = code[i + 2].getType();
    return isName(next) && (after == AgentLexer.ASSIGN || after == AgentLexer.LBRACE)
        && file.lineBreakBetween(code[i].getStopIndex() + 1, next.getStartIndex());
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
