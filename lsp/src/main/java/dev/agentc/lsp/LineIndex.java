package dev.agentc.lsp;

import java.util.Arrays;

/** The UTF-16 index of each line start of a text, for applying edits to an open document. */
record LineIndex(int[] starts) {
  static LineIndex of(String text) {
    int[] starts = new int[64];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
        starts[count++] = i + 1;
      }
    }
    return new LineIndex(Arrays.copyOf(starts, count));
  }

  int count() { return starts.length; }

  int start(int line) { return starts[line]; }

  /** Index of the line's end, before its line break. */
  int end(String text, int line) {
    int end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
    if (end > starts[line] && end - 1 < text.length() && text.charAt(end - 1) == '\r') end--;
    return end;
  }
}
