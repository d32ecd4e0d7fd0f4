package dev.agentc.syntax;

import dev.agentc.diag.Diagnostic;
import dev.agentc.source.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The tokens of one file, split once by channel: {@code all} (indexed, comments included) for doc
 * lookup and error recovery, {@code code} (EOF last) for the checks before parsing and the
 * parser's fast pass, {@code comments} for the tree. The code is an array: every pass over it reads
 * each token without a call.
 */
record Lexed(List<Token> all, Token[] code, List<Token> comments) {

  /** Lexes {@code file}, reporting lexical errors into {@code diags} and dropping the tokens they make. */
  static Lexed lex(SourceFile file, Lexer lexer, List<Diagnostic> diags) {
    // sources have about one token per five characters
    List<Token> all = new ArrayList<>(file.length() / 4 + 16);
    for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
      if (!LexicalErrors.report(file, t, diags)) all.add(t);
      if (t.getType() == Token.EOF) return of(all);
    }
  }

  /** Indexes {@code all} and splits it by channel. */
  static Lexed of(List<Token> all) {
    Token[] code = new Token[all.size()];
    int n = 0;
    List<Token> comments = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Token t = all.get(i);
      if (t instanceof SourceToken s) s.setTokenIndex(i);
      else ((CommonToken) t).setTokenIndex(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) code[n++] = t;
      else comments.add(t);
    }
    return new Lexed(all, Arrays.copyOf(code, n), comments);
  }
}
