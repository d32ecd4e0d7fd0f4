package dev.agentc.format;

import dev.agentc.grammar.AgentLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The last pass of the layout: `terraform fmt`'s alignment. On consecutive lines that each set a
 * key (`key = value`, the value ending on the same line), the `=` signs line up one column after
 * the longest key; then, on consecutive lines that each end in a `//` comment after some code, the
 * comments line up one column after the longest code. A blank line, a line of its own comment, a
 * block's `{` or `}` line, a one-line block (`resources { cpu = 1 }`) or a value that goes on for
 * several lines ends a run. Only spaces inside a line change, so the printer's choices, which read
 * lines and never columns, come out the same when the output is formatted again.
 */
final class Align {
  private Align() {}

  /** One line of the printed text, as columns in code points. */
  private static final class Line {
    /** Where the key before `=` ends, or -1 when the line sets no key. */
    int keyEnd = -1;
    /** Where the code before a trailing `//` comment ends, or -1 when there is no such comment. */
    int codeEnd = -1;
    /** Spaces to add before `=` and before the comment. */
    int padKey;
    int padComment;
  }

  static String of(String printed) {
    String[] text = printed.split("\n", -1);
    Line[] lines = new Line[text.length];
    for (int i = 0; i < lines.length; i++) lines[i] = new Line();
    measure(printed, lines);
    for (List<Line> run : runs(lines, true)) {
      int widest = run.stream().mapToInt(l -> l.keyEnd).max().orElseThrow();
      run.forEach(l -> l.padKey = widest - l.keyEnd);
    }
    for (List<Line> run : runs(lines, false)) {
      int widest = run.stream().mapToInt(l -> l.codeEnd + l.padKey).max().orElseThrow();
      run.forEach(l -> l.padComment = widest - l.codeEnd - l.padKey);
    }
    StringBuilder out = new StringBuilder(printed.length() + 64);
    for (int i = 0; i < text.length; i++) {
      if (i > 0) out.append('\n');
      out.append(padded(text[i], lines[i]));
    }
    return out.toString();
  }

  /** The runs of two or more lines next to each other that set a key ({@code keys}) or end in a trailing comment. */
  private static List<List<Line>> runs(Line[] lines, boolean keys) {
    List<List<Line>> runs = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    for (Line l : lines) {
      if ((keys ? l.keyEnd : l.codeEnd) >= 0) {
        current.add(l);
        continue;
      }
      if (current.size() > 1) runs.add(current);
      current = new ArrayList<>();
    }
    if (current.size() > 1) runs.add(current);
    return runs;
  }

  private static String padded(String line, Line l) {
    if (l.padKey == 0 && l.padComment == 0) return line;
    StringBuilder b = new StringBuilder(line);
    // the comment first: it is further right, so padding it leaves the key's column where it was
    if (l.padComment > 0) b.insert(line.offsetByCodePoints(0, l.codeEnd), " ".repeat(l.padComment));
    if (l.padKey > 0) b.insert(line.offsetByCodePoints(0, l.keyEnd), " ".repeat(l.padKey));
    return b.toString();
  }

  /**
   * Finds each line's key and trailing comment from the tokens of the printed text. A line with a
   * token that goes on to a later line (a raw string, a block comment) is left as it is, and so
   * are the lines that token covers.
   */
  private static void measure(String printed, Line[] lines) {
    AgentLexer lexer = new AgentLexer(CharStreams.fromString(printed));
    lexer.removeErrorListeners();
    List<Token> onLine = new ArrayList<>();
    int line = 0;
    boolean spanned = false;
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      int start = t.getLine() - 1;
      if (start != line) {
        if (!spanned) measureLine(onLine, lines[line]);
        onLine.clear();
        line = start;
        spanned = false;
      }
      onLine.add(t);
      int breaks = (int) t.getText().chars().filter(c -> c == '\n').count();
      if (breaks > 0) {
        spanned = true;
        line = start + breaks; // the tokens after it on its last line are not a line's start
      }
    }
    if (!spanned) measureLine(onLine, lines[line]);
  }

  private static void measureLine(List<Token> tokens, Line line) {
    if (tokens.isEmpty()) return;
    int last = tokens.size() - 1;
    Token end = tokens.get(last);
    if (last > 0 && end.getType() == AgentLexer.LINE_COMMENT) {
      line.codeEnd = endColumn(tokens.get(last - 1));
      last--;
    }
    for (int i = 1; i <= last; i++) {
      if (tokens.get(i).getType() != AgentLexer.ASSIGN) continue;
      // `key = value` only when the value closes every bracket it opens on this line
      int depth = 0;
      for (int k = i + 1; k <= last; k++) depth += bracketChange(tokens.get(k).getType());
      if (depth == 0) line.keyEnd = endColumn(tokens.get(i - 1));
      return;
    }
  }

  private static int bracketChange(int type) {
    return switch (type) {
      case AgentLexer.LBRACE, AgentLexer.LBRACK, AgentLexer.LPAREN, AgentLexer.STR_INTERP, AgentLexer.RAW_INTERP -> 1;
      case AgentLexer.RBRACE, AgentLexer.RBRACK, AgentLexer.RPAREN -> -1;
      default -> 0;
    };
  }

  private static int endColumn(Token t) { return t.getCharPositionInLine() + t.getText().codePointCount(0, t.getText().length()); }
}
