package dev.agentc.syntax;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.grammar.AgentLexer;
import dev.agentc.grammar.AgentParser;
import dev.agentc.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Source text to syntax tree. Lexical problems are reported here; the parser runs SLL with
 * bail-out over the code tokens first (fast for valid input) and, only when that fails, LL with
 * error recovery over every token so invalid input still yields a partial tree and every syntax
 * error.
 */
public final class Parser {
  /** Deeper nesting is refused before parsing, so recursion can never exhaust the stack. */
  public static final int MAX_DEPTH = 256;

  private Parser() {}

  public static ParseResult parse(SourceFile file) {
    return parse(file, lexer(file));
  }

  /** The lexer of {@code file}: its tokens are {@link SourceToken}s, and it reports no errors itself. */
  static AgentLexer lexer(SourceFile file) {
    AgentLexer lexer = new AgentLexer(chars(file));
    lexer.removeErrorListeners();
    lexer.setTokenFactory(new SourceToken.Factory(file, lexer));
    lexer.setInterpreter(new LinelessSimulator(lexer));
    return lexer;
  }

  /** Parses the tokens {@code lexer} makes of {@code file}. */
  static ParseResult parse(SourceFile file, AgentLexer lexer) {
    List<Diagnostic> diags = new ArrayList<>();
    Lexed lexed = Lexed.lex(file, lexer, diags);
    Optional<Diagnostic> tooDeep = NestingGuard.check(file, lexed.code());
    if (tooDeep.isPresent()) {
      diags.add(tooDeep.get());
      return new ParseResult(TreeBuilder.empty(file), diags);
    }
    lexed = MissingValues.mend(file, lexed, diags);
    AgentParser parser = new LeafSharingParser(new CodeTokens(lexed.code(), lexer));
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new QuietBail());
    AgentParser.FileContext tree;
    try {
      tree = parser.file();
    } catch (ParseCancellationException bail) {
      parser.setTokenStream(new LexedTokens(lexed.all()));
      parser.addErrorListener(new SyntaxErrors(file, diags));
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      tree = parser.file();
    }
    SourceUnit unit = new TreeBuilder(file, lexed, diags).file(tree);
    return new ParseResult(unit, diags);
  }

  /** A parser that takes a {@link SourceToken} as its own leaf in the tree instead of wrapping it. */
  private static final class LeafSharingParser extends AgentParser {
    LeafSharingParser(TokenStream tokens) { super(tokens); }

    @Override
    public TerminalNode createTerminalNode(ParserRuleContext parent, Token t) {
      return t instanceof SourceToken leaf ? leaf : super.createTerminalNode(parent, t);
    }
  }

  /** Bails out at the first error without composing a report: nobody listens in the fast pass. */
  private static final class QuietBail extends BailErrorStrategy {
    @Override
    public void reportError(org.antlr.v4.runtime.Parser recognizer, RecognitionException e) {}
  }

  /** The file's characters: a code point a char unless a surrogate pair takes two, which ANTLR's own stream then reads. */
  private static CharStream chars(SourceFile file) {
    String text = file.text();
    return file.length() == text.length() ? new TextChars(text, file.path()) : CharStreams.fromString(text, file.path());
  }

  /**
   * A token stream over tokens already lexed (and indexed), comments included, for the pass with
   * error recovery: the stream otherwise pulls them one by one from a
   * {@link org.antlr.v4.runtime.ListTokenSource} into a second list.
   */
  private static final class LexedTokens extends CommonTokenStream {
    LexedTokens(List<Token> lexed) {
      super(new ListTokenSource(lexed));
      tokens = lexed;
      fetchedEOF = true;
    }
  }

  /** Parses and reports a diagnostic for any error; convenience for tests and tools. */
  public static ParseResult parse(String path, String text) { return parse(new SourceFile(path, text)); }

  static Diagnostic.Builder at(SourceFile file, Token t, Code code, Object... args) {
    int start = t.getStartIndex();
    int end = t.getType() == Token.EOF ? start : t.getStopIndex() + 1;
    return Diagnostic.of(code, file.span(start, end), args);
  }
}
