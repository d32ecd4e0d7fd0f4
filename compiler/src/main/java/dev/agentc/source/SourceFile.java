package dev.agentc.source;

import java.util.Arrays;

/**
 * The text of one source file and the line table that turns code-point offsets into 1-based
 * lines and columns. Offsets count Unicode code points, as ANTLR's code-point streams do; LSP
 * clients convert to UTF-16 with {@link #utf16Column}.
 */
public final class SourceFile {
  private final String path;
  private final String text;
  private final int[] codePoints;
  private final int[] lineStarts;

  /** @param path the path shown to users: relative to the working directory when under it, or {@code <std>/gpu.agent} */
  public SourceFile(String path, String text) {
    this.path = path;
    this.text = text;
    this.codePoints = text.codePoints().toArray();
    this.lineStarts = computeLineStarts(codePoints);
  }

  private static int[] computeLineStarts(int[] cps) {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < cps.length; i++) {
      if (cps[i] == '\n') {
        if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  public String path() { return path; }

  public String text() { return text; }

  /** Number of code points. */
  public int length() { return codePoints.length; }

  public int lineCount() { return lineStarts.length; }

  /** 1-based line of a code-point offset. */
  public int lineOf(int offset) {
    int idx = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, codePoints.length)));
    return idx >= 0 ? idx + 1 : -idx - 1;
  }

  /** 1-based column (in code points) of a code-point offset. */
  public int columnOf(int offset) {
    int clamped = Math.max(0, Math.min(offset, codePoints.length));
    return clamped - lineStarts[lineOf(clamped) - 1] + 1;
  }

  /** Code-point offset of a 1-based line's first character. */
  public int lineStart(int line) { return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)]; }

  /** The text of a 1-based line without its line break. */
  public String lineText(int line) {
    int start = lineStart(line);
    int end = line < lineStarts.length ? lineStarts[line] : codePoints.length;
    while (end > start && (codePoints[end - 1] == '\n' || codePoints[end - 1] == '\r')) end--;
    return new String(codePoints, start, end - start);
  }

  /** The text between two code-point offsets. */
  public String slice(int start, int end) {
    int s = Math.max(0, Math.min(start, codePoints.length));
    int e = Math.max(s, Math.min(end, codePoints.length));
    return new String(codePoints, s, e - s);
  }

  /** 0-based UTF-16 column of a code-point offset, for LSP clients. */
  public int utf16Column(int offset) {
    int clamped = Math.max(0, Math.min(offset, codePoints.length));
    int col = 0;
    for (int i = lineStarts[lineOf(clamped) - 1]; i < clamped; i++) col += Character.charCount(codePoints[i]);
    return col;
  }

  /** The span from one code-point offset (inclusive) to another (exclusive). */
  public Span span(int start, int end) {
    int s = Math.max(0, Math.min(start, codePoints.length));
    int e = Math.max(s, Math.min(Math.max(start, end), codePoints.length));
    int startLine = lineOf(s);
    int endLine = e == s ? startLine : lineOf(e);
    return new Span(path, start, Math.max(start, end), startLine, s - lineStarts[startLine - 1] + 1, endLine, e - lineStarts[endLine - 1] + 1);
  }
}
