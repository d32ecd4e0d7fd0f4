package dev.agentc.format;

import dev.agentc.syntax.Expr;
import java.util.Optional;

/** Canonical spellings of the tokens whose source text may vary: quantities and string text. */
final class Lexemes {
  private Lexemes() {}

  /** `8Gi`, `100/min`, `500 USD/month`: the number as written, one space before a currency only. */
  static String quantity(Expr.Quantity q) {
    String text = q.text();
    int i = 0;
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '.')) i++;
    String currencyGap = q.unit().equals("USD") || q.unit().equals("EUR") ? " " : "";
    return text.substring(0, i) + currencyGap + q.unit() + q.per().map(p -> "/" + p).orElse("");
  }

  /** A quoted key: `"x-y"`. */
  static String quoted(String text) { return "\"" + escaped(text) + "\""; }

  /**
   * Text of a `"…"` string with the shortest escapes that read back the same: `\"`, `\\`, `\n`,
   * `\t`, `\$` only before `{`, and <code>&#92;u{…}</code> for other control characters and lone surrogates.
   */
  static String escaped(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '$' -> sb.append(i < text.length() && text.charAt(i) == '{' ? "\\$" : "$");
        default -> {
          if (cp < 0x20 || cp == 0x7f || Character.isSurrogate((char) cp) && cp <= 0xFFFF) sb.append(String.format("\\u{%x}", cp));
          else sb.appendCodePoint(cp);
        }
      }
    }
    return sb.toString();
  }

  /** The one-line text of a string without interpolation, or empty when it spans lines (raw). */
  static Optional<String> plainString(Expr.Str s) {
    Optional<String> lit = s.literal();
    if (lit.isEmpty()) return Optional.empty();
    if (!s.raw()) return Optional.of(quoted(lit.get()));
    if (lit.get().contains("\n") || lit.get().contains("\r")) return Optional.empty();
    return Optional.of("\"\"\"" + lit.get() + "\"\"\"");
  }
}
