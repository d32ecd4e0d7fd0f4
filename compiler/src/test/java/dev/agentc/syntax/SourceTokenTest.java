package dev.agentc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.agentc.grammar.AgentLexer;
import dev.agentc.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser's own token path ({@link TextChars}, {@link SourceToken}s that are their own tree
 * leaves) against ANTLR's stock one ({@code CharStreams.fromString}, {@code CommonToken}s, each
 * wrapped in a tree node), over every `.agent` file of the repository and the fuzz corpora: the
 * same tokens (type, channel, offsets, line, column, text), and the same tree, spans and
 * diagnostics.
 */
class SourceTokenTest {

  static Stream<Path> inputs() throws IOException {
    Path root = repositoryRoot();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.filter(Files::isRegularFile)
          .filter(p -> isSource(root.relativize(p)))
          .filter(p -> p.toString().endsWith(".agent") || p.getParent().getParent().getFileName().toString().endsWith("FuzzTestInputs"))
          .sorted()
          .forEach(files::add);
    }
    return files.stream();
  }

  /** Not build output, installed packages or hidden files. */
  private static boolean isSource(Path relative) {
    for (Path segment : relative) {
      String name = segment.toString();
      if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) return false;
    }
    return true;
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void sameTokensTreeAndDiagnosticsAsAntlrsStockPath(Path input) throws IOException {
    String text = new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
    SourceFile file = new SourceFile(input.getFileName().toString(), text);

    assertEquals(describe(stockLexer(file)), describe(Parser.lexer(file)), "tokens");

    ParseResult stock = Parser.parse(file, stockLexer(file));
    ParseResult ours = Parser.parse(file, Parser.lexer(file));
    assertEquals(stock.unit(), ours.unit(), "syntax tree and spans");
    assertEquals(stock.diagnostics(), ours.diagnostics(), "diagnostics");
  }

  @Test
  void inputsIncludeExamplesAndFuzzCorpora() throws IOException {
    List<Path> all = inputs().toList();
    assertFalse(all.stream().noneMatch(p -> p.toString().contains("examples")), "no examples found");
    assertFalse(all.stream().noneMatch(p -> p.toString().contains("ParserFuzzTestInputs")), "no parser fuzz corpus found");
  }

  private static AgentLexer stockLexer(SourceFile file) {
    AgentLexer lexer = new AgentLexer(CharStreams.fromString(file.text(), file.path()));
    lexer.removeErrorListeners();
    return lexer;
  }

  /** Every token the lexer makes, one line each, with all that a reader of a token may ask. */
  private static String describe(AgentLexer lexer) {
    StringBuilder out = new StringBuilder();
    for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
      out.append(t.getType()).append(' ').append(t.getChannel()).append(' ').append(t.getStartIndex()).append('-').append(t.getStopIndex())
          .append(' ').append(t.getLine()).append(':').append(t.getCharPositionInLine()).append(' ').append(t.getText())
          .append(' ').append(t.getTokenSource() == lexer).append(' ').append(t.getInputStream() == lexer.getInputStream()).append('\n');
      if (t.getType() == Token.EOF) return out.toString();
    }
  }

  /** The repository's root: the first directory above the module that holds `examples/`. */
  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))) return dir;
    }
    throw new IllegalStateException("no examples/ directory above " + Path.of("").toAbsolutePath());
  }
}
