package dev.agentc.syntax;

import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The code tokens of a file (comments left out, EOF last) as the fast parse reads them: an array
 * index per look-ahead, where {@link org.antlr.v4.runtime.CommonTokenStream} steps over the comment
 * channel on every look and every consume.
 */
final class CodeTokens implements TokenStream {
  private final Token[] tokens;
  /** The tokens' types: the parser asks for the next token's type at every step, which a token answers by an interface call. */
  private final int[] types;
  private final TokenSource source;
  private int p;

  CodeTokens(Token[] code, TokenSource source) {
    this.tokens = code;
    this.types = new int[code.length];
    for (int i = 0; i < code.length; i++) types[i] = code[i].getType();
    this.source = source;
  }

  @Override
  public Token LT(int k) {
    if (k == 0) return null;
    if (k < 0) return p + k < 0 ? null : tokens[p + k];
    return tokens[Math.min(p + k - 1, tokens.length - 1)];
  }

  @Override
  public int LA(int i) { return i > 0 ? types[Math.min(p + i - 1, types.length - 1)] : LT(i).getType(); }

  @Override
  public void consume() {
    if (types[p] == Token.EOF) throw new IllegalStateException("cannot consume EOF");
    p++;
  }

  @Override
  public Token get(int index) { return tokens[index]; }

  @Override
  public int index() { return p; }

  @Override
  public void seek(int index) { p = Math.min(index, tokens.length - 1); }

  @Override
  public int size() { return tokens.length; }

  @Override
  public int mark() { return -1; }

  @Override
  public void release(int marker) {}

  @Override
  public TokenSource getTokenSource() { return source; }

  @Override
  public String getSourceName() { return source.getSourceName(); }

  // Only error reports read text from the stream, and the fast pass bails out without reporting.

  @Override
  public String getText(Interval interval) { throw new UnsupportedOperationException(); }

  @Override
  public String getText() { throw new UnsupportedOperationException(); }

  @Override
  public String getText(RuleContext ctx) { throw new UnsupportedOperationException(); }

  @Override
  public String getText(Token start, Token stop) { throw new UnsupportedOperationException(); }
}
