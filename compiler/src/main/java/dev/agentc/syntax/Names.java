package dev.agentc.syntax;

import dev.agentc.source.SourceFile;
import org.antlr.v4.runtime.Token;

/**
 * One String per distinct name or spelling in a file. A file repeats its field names, references
 * and numbers thousands of times; looking a name up by its place in the text means an occurrence
 * needs no String of its own, only the first one does.
 */
final class Names {
  /** The file's text when token offsets (code points) are its char indexes, else null. */
  private final String text;
  /** Open addressing, linear probing; a power of two, never more than half full. */
  private String[] table = new String[256];
  private int size;

  Names(SourceFile file) {
    this.text = file.length() == file.text().length() ? file.text() : null;
  }

  /** The shared text of a token. */
  String of(Token t) {
    int start = t.getStartIndex();
    // a token conjured by error recovery has no place in the text, and EOF's text is `<EOF>`
    return text != null && start >= 0 && t.getType() != Token.EOF ? of(start, t.getStopIndex() + 1) : of(t.getText());
  }

  /** The name spelt by {@code text[start, end)}. */
  private String of(int start, int end) {
    // String.hashCode, so that names found by their text and by their place share one table
    int h = 0;
    for (int i = start; i < end; i++) h = 31 * h + text.charAt(i);
    int mask = table.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String s = table[i];
      if (s == null) return add(i, text.substring(start, end));
      if (s.length() == end - start && text.startsWith(s, start)) return s;
    }
  }

  /** The shared copy of {@code s}. */
  String of(String s) {
    int mask = table.length - 1;
    for (int i = spread(s.hashCode()) & mask; ; i = (i + 1) & mask) {
      String t = table[i];
      if (t == null) return add(i, s);
      if (t.equals(s)) return t;
    }
  }

  private String add(int slot, String s) {
    table[slot] = s;
    if (++size * 2 > table.length) rehash();
    return s;
  }

  private void rehash() {
    String[] old = table;
    table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String s : old) {
      if (s == null) continue;
      int i = spread(s.hashCode()) & mask;
      while (table[i] != null) i = (i + 1) & mask;
      table[i] = s;
    }
  }

  /** Mixes the high bits of a String hash into the low bits the mask keeps. */
  private static int spread(int h) { return h ^ (h >>> 16); }
}
