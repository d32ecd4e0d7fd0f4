package dev.agentc.syntax;

import dev.agentc.source.SourceFile;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A token of a source file that is also its own leaf in the parse tree. A project has about a
 * million tokens: a {@link CommonToken} stores its line and column, and the tree wraps each one
 * in a {@link org.antlr.v4.runtime.tree.TerminalNodeImpl}. This token keeps its offsets only,
 * reads its text from the lexer's input and its line and column from the file's line table (they
 * are read for error reports and doc comments, rarely), and needs no wrapper. It keeps no parent
 * either, as nothing reads a leaf's parent, and its type and channel share one field: that makes a
 * token 32 bytes instead of 40.
 */
final class SourceToken implements Token, TerminalNode {
  /** Bits of {@link #kind} that hold the channel; the type (EOF is -1) is in the bits above them. */
  private static final int CHANNEL_BITS = 8;
  private static final int MAX_CHANNEL = (1 << CHANNEL_BITS) - 1;

  private final Factory origin;
  /** The type shifted left by {@link #CHANNEL_BITS}, or'ed with the channel. */
  private final int kind;
  private final int start;
  private final int stop;
  private int index = -1;

  private SourceToken(Factory origin, int type, int channel, int start, int stop) {
    this.origin = origin;
    this.kind = type << CHANNEL_BITS | channel;
    this.start = start;
    this.stop = stop;
  }

  /** Makes the tokens of one file's lexer; a token with text of its own is a {@link CommonToken}. */
  static final class Factory implements TokenFactory<Token> {
    private final SourceFile file;
    private final Pair<TokenSource, CharStream> source;

    /** @param lexer a lexer of {@code file}'s text, which this factory is then set on */
    Factory(SourceFile file, Lexer lexer) {
      this.file = file;
      this.source = new Pair<>(lexer, lexer.getInputStream());
    }

    @Override
    public Token create(Pair<TokenSource, CharStream> source, int type, String text, int channel, int start, int stop, int line,
        int charPositionInLine) {
      if (text != null || channel < 0 || channel > MAX_CHANNEL) {
        return CommonTokenFactory.DEFAULT.create(source, type, text, channel, start, stop, line, charPositionInLine);
      }
      return new SourceToken(this, type, channel, start, stop);
    }

    @Override
    public Token create(int type, String text) { return CommonTokenFactory.DEFAULT.create(type, text); }
  }

  /** Sets the index in the file's token list, as {@link CommonToken#setTokenIndex} does. */
  void setTokenIndex(int index) { this.index = index; }

  @Override
  public int getType() { return kind >> CHANNEL_BITS; }

  @Override
  public int getChannel() { return kind & MAX_CHANNEL; }

  @Override
  public int getStartIndex() { return start; }

  @Override
  public int getStopIndex() { return stop; }

  @Override
  public int getTokenIndex() { return index; }

  @Override
  public int getLine() { return origin.file.lineOf(start); }

  @Override
  public int getCharPositionInLine() { return origin.file.columnOf(start) - 1; }

  @Override
  public TokenSource getTokenSource() { return origin.source.a; }

  @Override
  public CharStream getInputStream() { return origin.source.b; }

  /** The text, as {@link CommonToken#getText} reads it from the input. */
  @Override
  public String getText() {
    CharStream input = origin.source.b;
    int n = input.size();
    if (start >= n || stop >= n) return "<EOF>";
    // the parser's own stream needs no Interval to be asked with, one per call
    return input instanceof TextChars chars ? chars.text(start, stop + 1) : input.getText(Interval.of(start, stop));
  }

  // As a leaf of the parse tree, as TerminalNodeImpl is:

  @Override
  public Token getSymbol() { return this; }

  /** Not kept (see the class comment): null, as for a leaf not in a tree. */
  @Override
  public ParseTree getParent() { return null; }

  @Override
  public void setParent(RuleContext parent) {}

  @Override
  public Token getPayload() { return this; }

  @Override
  public ParseTree getChild(int i) { return null; }

  @Override
  public int getChildCount() { return 0; }

  @Override
  public <T> T accept(ParseTreeVisitor<? extends T> visitor) { return visitor.visitTerminal(this); }

  @Override
  public Interval getSourceInterval() { return new Interval(index, index); }

  @Override
  public String toStringTree(org.antlr.v4.runtime.Parser parser) { return toString(); }

  @Override
  public String toStringTree() { return toString(); }

  @Override
  public String toString() { return getType() == Token.EOF ? "<EOF>" : getText(); }
}
