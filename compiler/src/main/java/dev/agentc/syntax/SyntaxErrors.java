package dev.agentc.syntax;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.grammar.AgentLexer;
import dev.agentc.source.SourceFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns ANTLR's syntax errors into E0101 diagnostics worded for people. */
final class SyntaxErrors extends BaseErrorListener {
  private final SourceFile file;
  private final List<Diagnostic> out;
  private final Set<Integer> reportedAt = new HashSet<>();

  SyntaxErrors(SourceFile file, List<Diagnostic> out) {
    this.file = file;
    this.out = out;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg, RecognitionException e) {
    Token t = (Token) offending;
    if (!reportedAt.add(t.getStartIndex())) return;
    // An unterminated string was already reported by the lexer.
    if (t.getType() == AgentLexer.STR_UNTERMINATED) return;
    IntervalSet expected = recognizer instanceof Parser p ? p.getExpectedTokens() : new IntervalSet();
    String found = t.getType() == Token.EOF ? "the end of the file" : "`" + LexicalErrors.printable(t.getText()) + "`";
    String message = "unexpected " + found;
    String wanted = describe(expected);
    var d = dev.agentc.syntax.Parser.at(file, t, Code.E0101, message);
    if (!wanted.isEmpty()) d.hint("expected " + wanted);
    if (t.getType() == AgentLexer.RBRACE && expected.contains(AgentLexer.IDENT) && !expected.contains(AgentLexer.RBRACE)) {
      d.hint("a member is `name = value` or `name { … }`");
    }
    out.add(d.build());
  }

  /** A short phrase for what the parser wanted; empty when the set is too large to help. */
  static String describe(IntervalSet expected) {
    Set<String> words = new java.util.TreeSet<>();
    for (int type : expected.toList()) {
      String w = word(type);
      if (w != null) words.add(w);
    }
    if (words.isEmpty() || words.size() > 4) return "";
    return String.join(" or ", words);
  }

  /** Whether a token of this type is a name: an identifier, or a keyword the grammar accepts as one. */
  static boolean isName(int type) {
    return switch (type) {
      case AgentLexer.IDENT, AgentLexer.MODULE, AgentLexer.IMPORT, AgentLexer.AS, AgentLexer.ABSTRACT, AgentLexer.FROM,
          AgentLexer.LET, AgentLexer.OVERRIDE -> true;
      default -> false;
    };
  }

  private static String word(int type) {
    if (isName(type)) return "a name";
    return switch (type) {
      case AgentLexer.ASSIGN -> "`=`";
      case AgentLexer.LBRACE -> "`{`";
      case AgentLexer.RBRACE -> "`}`";
      case AgentLexer.LBRACK -> "`[`";
      case AgentLexer.RBRACK -> "`]`";
      case AgentLexer.LPAREN -> "`(`";
      case AgentLexer.RPAREN -> "`)`";
      case AgentLexer.COMMA -> "`,`";
      case AgentLexer.DOT -> "`.`";
      case AgentLexer.STR_OPEN, AgentLexer.RAW_OPEN -> "a string";
      case AgentLexer.NUMBER, AgentLexer.QUANTITY, AgentLexer.MONEY -> "a number";
      case AgentLexer.STR_CLOSE -> "`\"`";
      case AgentLexer.RAW_CLOSE -> "`\"\"\"`";
      case Token.EOF -> "the end of the file";
      default -> null;
    };
  }
}
