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
    // sources have about one token per four characters
    Split split = new Split(file.length() / 4 + 16);
    for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
      if (!LexicalErrors.report(file, t, diags)) split.add(t);
      if (t.getType() == Token.EOF) return split.done();
    }
  }

  /** Indexes {@code all} and splits it by channel. */
  static Lexed of(List<Token> all) {
    Split split = new Split(all.size());
    for (Token t : all) split.add(t);
    return split.done();
  }

  /** Tokens indexed and split by channel as they come, in one pass. */
  private static final class Split {
    private final List<Token> all;
    private Token[] code;
    private int codeCount;
    private final List<Token> comments = new ArrayList<>();

    Split(int expected) {
      all = new ArrayList<>(expected);
      code = new Token[expected];
    }

    void add(Token t) {
      if (t instanceof SourceToken s) s.setTokenIndex(all.size());
      else ((CommonToken) t).setTokenIndex(all.size());
      all.add(t);
      if (t.getChannel() != Token.DEFAULT_CHANNEL) {
        comments.add(t);
        return;
      }
      if (codeCount == code.length) code = Arrays.copyOf(code, code.length * 2 + 16);
      code[codeCount++] = t;
    }

    Lexed done() { return new Lexed(all, Arrays.copyOf(code, codeCount), comments); }
  }
}
