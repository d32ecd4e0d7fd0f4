package dev.agentc.source;

import java.util.Arrays;

/**
 * The text of one source file and the line table that turns code-point offsets into 1-based
 * lines and columns. Offsets count Unicode code points, as ANTLR's code-point streams do; LSP
 * clients convert to UTF-16 with {@link #utf16Column}.
 */
public final class SourceFile implements Span.Origin {
  private final String path;
  private final String text;
  /** The text's code points when some take two chars (a surrogate pair); else null, and offsets are char indexes. */
  private final int[] codePoints;
  private final int length;
  /**
   * Where each line starts, made when first asked for: a clean check of a project never shows a
   * line, and making the table takes two passes over the text. Volatile, so a table another
   * thread made is seen whole; two threads may both make it, and get equal tables.
   */
  private volatile int[] lineStarts;

  /** @param path the path shown to users: relative to the working directory when under it, or {@code <std>/gpu.agent} */
  public SourceFile(String path, String text) {
    this.path = path;
    this.text = text;
    this.length = text.codePointCount(0, text.length());
    // Most sources need no code-point copy, which would take four bytes a character for the whole run.
    this.codePoints = length == text.length() ? null : text.codePoints().toArray();
  }

  private int[] lineStarts() {
    int[] starts = lineStarts;
    if (starts == null) lineStarts = starts = computeLineStarts();
    return starts;
  }

  /** Counts the lines first, so that the table is one array of its final size: the file keeps it for the whole run. */
  private int[] computeLineStarts() {
    int count = 1;
    for (int i = nextLineBreak(0); i >= 0; i = nextLineBreak(i + 1)) count++;
    int[] starts = new int[count];
    int line = 1;
    for (int i = nextLineBreak(0); i >= 0; i = nextLineBreak(i + 1)) starts[line++] = i + 1;
    return starts;
  }

  /** The code-point offset of the first `\n` at or after {@code from}, or -1. */
  private int nextLineBreak(int from) {
    if (codePoints == null) return text.indexOf('\n', from);
    for (int i = from; i < length; i++) if (codePoints[i] == '\n') return i;
    return -1;
  }

  public String path() { return path; }

  public String text() { return text; }

  /** Number of code points. */
  public int length() { return length; }

  public int lineCount() { return lineStarts().length; }

  /** 1-based line of a code-point offset. */
  public int lineOf(int offset) {
    int idx = Arrays.binarySearch(lineStarts(), Math.max(0, Math.min(offset, length)));
    return idx >= 0 ? idx + 1 : -idx - 1;
  }

  /** 1-based column (in code points) of a code-point offset. */
  public int columnOf(int offset) {
    int clamped = Math.max(0, Math.min(offset, length));
    return clamped - lineStarts()[lineOf(clamped) - 1] + 1;
  }

  /** Whether a line break lies between two code-point offsets ({@code from} inclusive, {@code to} exclusive): no line table needed. */
  public boolean lineBreakBetween(int from, int to) {
    // the next break ends the line `from` is on, so the search stops within that line
    int at = nextLineBreak(Math.max(0, from));
    return at >= 0 && at < Math.min(to, length);
  }

  /** Code-point offset of a 1-based line's first character. */
  public int lineStart(int line) {
    int[] starts = lineStarts();
    return starts[Math.max(0, Math.min(line, starts.length) - 1)];
  }

  /** The text of a 1-based line without its line break. */
  public String lineText(int line) {
    int start = lineStart(line);
    int[] starts = lineStarts();
    int end = line < starts.length ? starts[line] : length;
    while (end > start && (codePointAt(end - 1) == '\n' || codePointAt(end - 1) == '\r')) end--;
    return slice(start, end);
  }

  /** The text between two code-point offsets. */
  public String slice(int start, int end) {
    int s = Math.max(0, Math.min(start, length));
    int e = Math.max(s, Math.min(end, length));
    return codePoints == null ? text.substring(s, e) : new String(codePoints, s, e - s);
  }

  /** 0-based UTF-16 column of a code-point offset, for LSP clients. */
  public int utf16Column(int offset) {
    int clamped = Math.max(0, Math.min(offset, length));
    int col = 0;
    for (int i = lineStarts()[lineOf(clamped) - 1]; i < clamped; i++) col += Character.charCount(codePointAt(i));
    return col;
  }

  /** The span from one code-point offset (inclusive) to another (exclusive); its lines and columns are read from this file when asked. */
  public Span span(int start, int end) { return new Span(this, start, Math.max(start, end)); }

  /** The code point at a code-point offset. */
  private int codePointAt(int offset) { return codePoints == null ? text.charAt(offset) : codePoints[offset]; }
}
