package dev.agentc.source;

/**
 * A range of source text: file path, code-point offsets (end exclusive), and 1-based line and
 * column of both ends. Every syntax node and diagnostic carries one.
 */
public record Span(String file, int start, int end, int line, int column, int endLine, int endColumn) {

  /** A span for facts that have no source text (built-in defaults). */
  public static final Span NONE = new Span("<builtin>", 0, 0, 1, 1, 1, 1);

  public boolean isNone() { return this.equals(NONE); }

  /** The smallest span covering both; both must be in the same file. */
  public Span to(Span other) {
    Span first = start <= other.start ? this : other;
    Span last = end >= other.end ? this : other;
    return new Span(file, first.start, last.end, first.line, first.column, last.endLine, last.endColumn);
  }

  public int length() { return end - start; }

  public boolean contains(int offset) { return offset >= start && offset <= end; }

  @Override
  public String toString() { return file + ":" + line + ":" + column; }
}
