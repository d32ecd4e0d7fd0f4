package dev.agentc.syntax;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.grammar.AgentLexer;
import dev.agentc.grammar.AgentParser;
import dev.agentc.source.SourceFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Source text to syntax tree. Lexical problems are reported here; the parser runs SLL with
 * bail-out first (fast for valid input) and, only when that fails, LL with error recovery so
 * invalid input still yields a partial tree and every syntax error.
 */
public final class Parser {
  /** Deeper nesting is refused before parsing, so recursion can never exhaust the stack. */
  public static final int MAX_DEPTH = 256;

  private Parser() {}

  public static ParseResult parse(SourceFile file) {
    List<Diagnostic> diags = new ArrayList<>();
    AgentLexer lexer = new AgentLexer(chars(file));
    lexer.removeErrorListeners();
    // sources have about one token per five characters
    List<Token> kept = new ArrayList<>(file.length() / 4 + 16);
    for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
      if (!LexicalErrors.report(file, t, diags)) {
        ((CommonToken) t).setTokenIndex(kept.size());
        kept.add(t);
      }
      if (t.getType() == Token.EOF) break;
    }
    Optional<Diagnostic> tooDeep = NestingGuard.check(file, kept);
    if (tooDeep.isPresent()) {
      diags.add(tooDeep.get());
      return new ParseResult(TreeBuilder.empty(file), diags);
    }
    CommonTokenStream tokens = new LexedTokens(MissingValues.mend(file, kept, diags));
    AgentParser parser = new AgentParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    AgentParser.FileContext tree;
    try {
      tree = parser.file();
    } catch (ParseCancellationException bail) {
      tokens.seek(0);
      parser.reset();
      parser.addErrorListener(new SyntaxErrors(file, diags));
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      tree = parser.file();
    }
    SourceUnit unit = new TreeBuilder(file, tokens, diags).file(tree);
    return new ParseResult(unit, diags);
  }

  /**
   * The file's text for the lexer. Text whose characters all fit in a byte (most sources) is
   * handed over as bytes: {@link CharStreams#fromString} would first copy it into a char buffer.
   */
  private static CharStream chars(SourceFile file) {
    String text = file.text();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0xFF) return CharStreams.fromString(text, file.path());
    }
    CodePointBuffer bytes = CodePointBuffer.withBytes(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)));
    return CodePointCharStream.fromBuffer(bytes, file.path());
  }

  /**
   * A token stream over tokens already lexed (and indexed): the stream otherwise pulls them one by
   * one from a {@link org.antlr.v4.runtime.ListTokenSource} into a second list.
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
