package dev.agentc.format;

import dev.agentc.source.SourceFile;
import dev.agentc.syntax.Comment;

/**
 * The output text. Source tokens are written with their offsets, so every comment is written
 * exactly where it stood among the tokens: at the end of the current line when it shared a source
 * line with the previous token, else on a line of its own. Keeping that order is what keeps `///`
 * docs attached to the same declaration. Line breaks are requested, not written, so a trailing
 * comment can still join the line before the break.
 */
final class Out {
  static final int WIDTH = 100;
  private static final String INDENT = "  ";

  /** A requested break, weakest first: a continuation line (after a comment inside an expression), a new line, a blank line. */
  private enum Break { NONE, CONTINUE, LINE, BLANK }

  private final SourceFile src;
  private final Comments comments;
  private final StringBuilder text = new StringBuilder();
  private int lineStart;
  private int depth;
  private Break pending = Break.NONE;
  /** True right after `{`, `[` or `(`: no blank line may follow an opener. */
  private boolean afterOpener = true;
  /** True when the current line ends in a `//` comment, which would swallow anything after it. */
  private boolean lineComment;
  /** Whether the last comment written joined the line before it. */
  private boolean lastTrailing;
  /** Source offset where the last written token or comment ended; -1 before the first. */
  private int lastEnd = -1;

  Out(SourceFile src, Comments comments) {
    this.src = src;
    this.comments = comments;
  }

  void indent() { depth++; }

  void dedent() { depth--; }

  /** The next text goes on a new line, after a blank line when the source had one there. */
  void newline() { request(Break.LINE); }

  /** The next text goes after one blank line. */
  void blankLine() { request(Break.BLANK); }

  /** Writes the comments before {@code offset}, then breaks the line if a break is pending. */
  void prepare(int offset) {
    flushComments(offset);
    breakIfPending(offset, true);
  }

  /** A source token, or a construct written whole, covering {@code [start, end)}. */
  void token(String s, int start, int end) {
    prepare(start);
    write(s);
    lastEnd = end;
  }

  /** `{`, `[` or `(` at {@code start}: no blank line follows it. */
  void opener(String s, int start) {
    token(s, start, start + s.length());
    afterOpener = true;
  }

  /** An opener without a source position of its own: the `(` of a call. */
  void openerPunct(String s) {
    punct(s);
    afterOpener = true;
  }

  /** `}`, `]` or `)` at {@code start}: no blank line precedes it. */
  void closer(String s, int start) {
    flushComments(start);
    breakIfPending(start, false);
    write(s);
    lastEnd = start + s.length();
  }

  /** Punctuation and spacing with no source position of their own (`=`, `, `, ` from `). */
  void punct(String s) {
    breakIfPending(-1, false);
    write(s);
  }

  /** Whether {@code s} fits on the current line; call {@link #prepare} first. */
  boolean fits(String s) { return text.codePointCount(lineStart, text.length()) + s.codePointCount(0, s.length()) <= WIDTH; }

  /** Whether the last comment written joined the line of the code before it. */
  boolean lastCommentTrailing() { return lastTrailing; }

  void flushComments(int offset) {
    for (Comment c = comments.nextBefore(offset); c != null; c = comments.nextBefore(offset)) comment(c);
  }

  String finish() {
    flushComments(Integer.MAX_VALUE);
    trimLine();
    return text.isEmpty() ? "" : text + "\n";
  }

  private void comment(Comment c) {
    String body = c.isBlock() ? c.text() : c.text().stripTrailing();
    boolean trailing = lastEnd >= 0 && src.lineOf(lastEnd) == c.span().line() && !currentLineBlank() && !lineComment;
    lastTrailing = trailing;
    if (trailing) {
      if (!endsWithSpace()) text.append(' ');
      write(body);
      if (!c.isBlock()) request(Break.CONTINUE);
      else if (pending == Break.NONE) text.append(' ');
    } else {
      Break kind = pending != Break.NONE ? pending : currentLineBlank() ? Break.LINE : Break.CONTINUE;
      pending = kind;
      breakIfPending(c.span().start(), true);
      write(body);
      pending = kind == Break.CONTINUE ? Break.CONTINUE : Break.LINE;
    }
    lineComment = !c.isBlock();
    lastEnd = c.span().end();
  }

  private void request(Break b) {
    if (b.ordinal() > pending.ordinal()) pending = b;
  }

  /** Breaks the line as requested; a LINE break keeps one blank line where the source had one before {@code next}. */
  private void breakIfPending(int next, boolean mayBlank) {
    if (pending == Break.NONE) return;
    boolean blank = pending == Break.BLANK
        || pending == Break.LINE && mayBlank && !afterOpener && next >= 0 && lastEnd >= 0 && Comments.blankLineBetween(src, lastEnd, next);
    int level = pending == Break.CONTINUE ? depth + 1 : depth;
    pending = Break.NONE;
    if (text.isEmpty()) return;
    trimLine();
    text.append(blank ? "\n\n" : "\n");
    lineComment = false;
    lineStart = text.length();
    text.append(INDENT.repeat(level));
  }

  private void write(String s) {
    text.append(s);
    int nl = s.lastIndexOf('\n');
    if (nl >= 0) lineStart = text.length() - s.length() + nl + 1;
    if (!s.isEmpty()) afterOpener = false;
  }

  private boolean currentLineBlank() { return text.substring(lineStart).isBlank(); }

  private boolean endsWithSpace() { return !text.isEmpty() && text.charAt(text.length() - 1) == ' '; }

  private void trimLine() {
    int end = text.length();
    while (end > lineStart && text.charAt(end - 1) == ' ') end--;
    text.setLength(end);
  }
}
