package dev.agentc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lines and columns of code-point offsets, and line breaks found without the line table. */
class SourceFileTest {
  /** `🚀` is one code point and two chars: offsets after it differ from char indexes. */
  private final SourceFile file = new SourceFile("f.agent", "a = \"\uD83D\uDE80\"\nb = 1\r\n\nc");

  @Test
  void linesAndColumnsCountCodePoints() {
    assertEquals(4, file.lineCount());
    assertEquals(1, file.lineOf(0));
    assertEquals(7, file.columnOf(6), "the closing quote is the seventh code point of line 1");
    assertEquals(2, file.lineOf(8));
    assertEquals(1, file.columnOf(8));
    assertEquals("b = 1", file.lineText(2));
    assertEquals(3, file.lineOf(15));
    assertEquals(4, file.lineOf(16));
    assertEquals(15, file.lineStart(3));
  }

  @Test
  void lineBreaksBetweenOffsetsAgreeWithTheLineTable() {
    for (int from = 0; from <= file.length(); from++) {
      for (int to = from; to <= file.length(); to++) {
        assertEquals(file.lineOf(from) < file.lineOf(to), file.lineBreakBetween(from, to), "between " + from + " and " + to);
      }
    }
  }

  @Test
  void offsetsOutsideTheTextAreClamped() {
    assertFalse(file.lineBreakBetween(-5, 0));
    assertTrue(file.lineBreakBetween(-5, 100));
    assertFalse(file.lineBreakBetween(16, 100));
  }
}
