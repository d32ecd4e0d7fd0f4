package dev.agentc.lsp;

import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between LSP positions (0-based line, column in the negotiated {@link Encoding}) and
 * the compiler's code-point offsets. A column past the end of its line means the line's end, as
 * the protocol says; a line past the end of the file is refused by the caller.
 */
final class Positions {
  private final Encoding encoding;

  Positions(Encoding encoding) { this.encoding = encoding; }

  Encoding encoding() { return encoding; }

  /** Whether {@code p} names a line of {@code file}. */
  static boolean inside(SourceFile file, Position p) {
    return p.getLine() >= 0 && p.getCharacter() >= 0 && p.getLine() < file.lineCount();
  }

  /** The code-point offset of a position inside the file (see {@link #inside}). */
  int offset(SourceFile file, Position p) {
    int line = p.getLine() + 1;
    String text = file.lineText(line);
    int units = 0;
    int codePoints = 0;
    for (int i = 0; i < text.length() && units < p.getCharacter(); ) {
      int cp = text.codePointAt(i);
      units += encoding.units(cp);
      i += Character.charCount(cp);
      codePoints++;
    }
    return file.lineStart(line) + codePoints;
  }

  Position position(SourceFile file, int offset) {
    int clamped = Math.max(0, Math.min(offset, file.length()));
    int line = file.lineOf(clamped);
    int column = file.columnOf(clamped) - 1;
    String text = file.lineText(line);
    int units = 0;
    for (int i = 0, cps = 0; i < text.length() && cps < column; cps++) {
      int cp = text.codePointAt(i);
      units += encoding.units(cp);
      i += Character.charCount(cp);
    }
    return new Position(line - 1, units);
  }

  Range range(SourceFile file, Span span) { return new Range(position(file, span.start()), position(file, span.end())); }

  /** The UTF-16 index into {@code text} of a position, for applying an edit to an open document. */
  int index(String text, LineIndex lines, Position p) {
    if (p.getLine() >= lines.count()) return text.length();
    int i = lines.start(p.getLine());
    int end = lines.end(text, p.getLine());
    for (int units = 0; i < end && units < p.getCharacter(); ) {
      int cp = text.codePointAt(i);
      units += encoding.units(cp);
      i += Character.charCount(cp);
    }
    return i;
  }
}
