package dev.agentc.diag.render;

/**
 * Terminal display width of source text, so carets line up under the characters they point
 * at. A best effort, like rustc's: tabs advance to the next multiple of {@link #TAB}, East Asian
 * wide and fullwidth characters and most emoji take two columns, combining marks and other
 * zero-width characters none, everything else one. Text is handled as code points, so
 * characters outside the BMP count once.
 */
final class TextWidth {
  static final int TAB = 4;

  private TextWidth() {}

  /** Columns a code point occupies (a tab's width depends on where it starts: see {@link #advance}). */
  static int of(int cp) {
    if (cp == 0) return 0;
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return 0;
    if (cp >= 0xFE00 && cp <= 0xFE0F) return 0; // variation selectors
    if (cp >= 0xE0100 && cp <= 0xE01EF) return 0;
    return isWide(cp) ? 2 : 1;
  }

  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo
        || (cp >= 0x231A && cp <= 0x231B)
        || (cp >= 0x2329 && cp <= 0x232A)
        || (cp >= 0x23E9 && cp <= 0x23EC)
        || (cp >= 0x25FD && cp <= 0x25FE)
        || (cp >= 0x2614 && cp <= 0x2615)
        || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, punctuation
        || (cp >= 0x3041 && cp <= 0x33FF) // kana, CJK symbols
        || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
        || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
        || (cp >= 0xA960 && cp <= 0xA97F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
        || (cp >= 0xFE10 && cp <= 0xFE19)
        || (cp >= 0xFE30 && cp <= 0xFE6F) // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFF60) // fullwidth forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x16FE0 && cp <= 0x18AFF) // Tangut and friends
        || (cp >= 0x1B000 && cp <= 0x1B2FF) // kana supplement
        || (cp >= 0x1F004 && cp <= 0x1F004)
        || (cp >= 0x1F0CF && cp <= 0x1F0CF)
        || (cp >= 0x1F18E && cp <= 0x1F18E)
        || (cp >= 0x1F191 && cp <= 0x1F19A)
        || (cp >= 0x1F200 && cp <= 0x1F2FF)
        || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs, emoticons
        || (cp >= 0x1F680 && cp <= 0x1F6FF) // transport and map symbols
        || (cp >= 0x1F7E0 && cp <= 0x1F7EB)
        || (cp >= 0x1F900 && cp <= 0x1F9FF) // supplemental symbols and pictographs
        || (cp >= 0x1FA70 && cp <= 0x1FAFF)
        || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
  }

  /** The display column after {@code cp} when it starts at display column {@code col} (0-based). */
  static int advance(int col, int cp) {
    return cp == '\t' ? (col / TAB + 1) * TAB : col + of(cp);
  }

  /** The display column (0-based) of code point {@code index} of a line. */
  static int columnAt(int[] cps, int index) {
    int col = 0;
    for (int i = 0; i < Math.min(index, cps.length); i++) col = advance(col, cps[i]);
    // Positions past the end of the line (a span at a line break or at the end of the file) count one column each.
    if (index > cps.length) col += index - cps.length;
    return col;
  }

  /** The line with tabs expanded to spaces and zero-width control characters dropped, as it is displayed. */
  static String expand(int[] cps) {
    StringBuilder sb = new StringBuilder();
    int col = 0;
    for (int cp : cps) {
      int next = advance(col, cp);
      if (cp == '\t') sb.repeat(' ', next - col);
      else if (cp >= 0x20 && !(cp >= 0x7F && cp < 0xA0)) sb.appendCodePoint(cp);
      col = next;
    }
    return sb.toString();
  }
}
