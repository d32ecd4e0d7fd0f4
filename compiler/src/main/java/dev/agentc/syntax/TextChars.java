package dev.agentc.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The characters of a text without surrogate pairs (so its chars are its code points), as the
 * lexer reads them: what {@link org.antlr.v4.runtime.CharStreams#fromString} gives, without
 * copying the text into a buffer first, in a final class. The lexer calls {@link #LA} and
 * {@link #consume} several times a character, and ANTLR's stream answers through an abstract
 * class with three implementations, which the quick compiler cannot inline.
 */
final class TextChars implements CharStream {
  private final String text;
  private final String name;
  private int position;

  TextChars(String text, String name) {
    this.text = text;
    this.name = name;
  }

  @Override
  public int LA(int i) {
    if (i > 0) {
      int at = position + i - 1;
      return at < text.length() ? text.charAt(at) : EOF;
    }
    if (i == 0) return 0;
    int at = position + i;
    return at >= 0 ? text.charAt(at) : EOF;
  }

  @Override
  public void consume() {
    if (position >= text.length()) throw new IllegalStateException("cannot consume EOF");
    position++;
  }

  @Override
  public int index() { return position; }

  @Override
  public void seek(int index) { position = index; }

  @Override
  public int size() { return text.length(); }

  @Override
  public int mark() { return -1; }

  @Override
  public void release(int marker) {}

  @Override
  public String getSourceName() { return name == null || name.isEmpty() ? UNKNOWN_SOURCE_NAME : name; }

  @Override
  public String getText(Interval interval) {
    int start = Math.min(interval.a, text.length());
    int length = Math.min(interval.b - interval.a + 1, text.length() - start);
    return text.substring(start, start + length);
  }

  /** The characters from {@code start} (inclusive) to {@code end} (exclusive). */
  String text(int start, int end) { return text.substring(start, end); }

  @Override
  public String toString() { return text; }
}
