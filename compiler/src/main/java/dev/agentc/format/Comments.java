package dev.agentc.format;

import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import dev.agentc.syntax.Comment;
import java.util.Comparator;
import java.util.List;

/** The comments of a file in source order, handed out once each, and the layout facts they imply. */
final class Comments {
  private final List<Comment> all;
  private int next;

  Comments(List<Comment> comments) {
    this.all = comments.stream().sorted(Comparator.comparingInt(c -> c.span().start())).toList();
  }

  /** The next comment not yet written that starts before {@code offset}, or null. */
  Comment nextBefore(int offset) {
    if (next < all.size() && all.get(next).span().start() < offset) return all.get(next++);
    return null;
  }

  /** The comments not yet written that start before {@code offset}, without handing them out. */
  List<Comment> peekBefore(int offset) {
    int end = next;
    while (end < all.size() && all.get(end).span().start() < offset) end++;
    return all.subList(next, end);
  }

  /** Whether a comment lies inside the span; such a construct is never squeezed onto one line. */
  boolean anyWithin(Span span) {
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).span().start() < span.start()) lo = mid + 1;
      else hi = mid;
    }
    return lo < all.size() && all.get(lo).span().start() < span.end();
  }

  /** Whether a whitespace-only line separates the two offsets in the source. */
  static boolean blankLineBetween(SourceFile src, int end, int start) {
    for (int line = src.lineOf(end) + 1; line < src.lineOf(start); line++) {
      if (src.lineText(line).isBlank()) return true;
    }
    return false;
  }
}
