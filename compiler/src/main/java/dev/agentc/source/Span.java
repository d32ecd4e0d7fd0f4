package dev.agentc.source;

/**
 * A range of source text: file path, code-point offsets (end exclusive), and 1-based line and
 * column of both ends. Every syntax node and diagnostic carries one.
 *
 * <p>A span cut from a {@link SourceFile} keeps only the file and the offsets, and reads lines and
 * columns from the file's line table when asked: a project has about one span per token, and most
 * are never shown to anyone. Equal spans have the same file, offsets, lines and columns.
 */
public final class Span {

  /** A span for facts that have no source text (built-in defaults). */
  public static final Span NONE = new Span("<builtin>", 0, 0, 1, 1, 1, 1);

  /** Where the file name, lines and columns come from. */
  sealed interface Origin permits SourceFile, Fixed {}

  /** Lines and columns given outright, for spans made without a source file. */
  private record Fixed(String file, int line, int column, int endLine, int endColumn) implements Origin {}

  private final Origin origin;
  private final int start;
  private final int end;

  public Span(String file, int start, int end, int line, int column, int endLine, int endColumn) {
    this(new Fixed(file, line, column, endLine, endColumn), start, end);
  }

  /** A span of {@code file}; {@code end >= start}. */
  Span(Origin origin, int start, int end) {
    this.origin = origin;
    this.start = start;
    this.end = end;
  }

  // `instanceof` rather than a pattern `switch`: these run once per comparison when sorting, and a
  // type switch is a dynamic call the quick compiler cannot inline.
  public String file() {
    return origin instanceof SourceFile f ? f.path() : ((Fixed) origin).file();
  }

  public int start() { return start; }

  public int end() { return end; }

  public int line() {
    return origin instanceof SourceFile f ? f.lineOf(start) : ((Fixed) origin).line();
  }

  public int column() {
    return origin instanceof SourceFile f ? f.columnOf(start) : ((Fixed) origin).column();
  }

  public int endLine() {
    return origin instanceof SourceFile f ? f.lineOf(end) : ((Fixed) origin).endLine();
  }

  public int endColumn() {
    return origin instanceof SourceFile f ? f.columnOf(end) : ((Fixed) origin).endColumn();
  }

  public boolean isNone() { return this == NONE || start == 0 && end == 0 && equals(NONE); }

  /** The smallest span covering both; both must be in the same file. */
  public Span to(Span other) {
    Span first = start <= other.start ? this : other;
    Span last = end >= other.end ? this : other;
    if (first.origin == last.origin && origin instanceof SourceFile) return new Span(origin, first.start, last.end);
    return new Span(file(), first.start, last.end, first.line(), first.column(), last.endLine(), last.endColumn());
  }

  public int length() { return end - start; }

  public boolean contains(int offset) { return offset >= start && offset <= end; }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Span s) || start != s.start || end != s.end || !file().equals(s.file())) return false;
    // spans of one file with the same offsets have the same lines and columns
    return origin == s.origin && origin instanceof SourceFile
        || line() == s.line() && column() == s.column() && endLine() == s.endLine() && endColumn() == s.endColumn();
  }

  @Override
  public int hashCode() { return (file().hashCode() * 31 + start) * 31 + end; }

  @Override
  public String toString() { return file() + ":" + line() + ":" + column(); }
}
