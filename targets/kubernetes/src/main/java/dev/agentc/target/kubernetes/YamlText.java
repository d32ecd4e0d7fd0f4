package dev.agentc.target.kubernetes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Lays a stream of JSON tokens out as one block-style YAML document, the way `kubectl` prints
 * objects (sequence items at their key's indentation). agentc's tokens come from fabric8's
 * serializers; this class only decides the text. It exists for speed: SnakeYAML's emitter behind
 * Jackson's YAML generator took four times as long as everything else together on a 10,000-agent
 * plan, and reading tokens rather than a tree saves building one per object.
 *
 * <p>Quoting errs on the safe side: a string is written plain only when it holds nothing but
 * letters, digits and `. _ / : @ -` (a `:` never last), is not a word YAML 1.1 reads as a
 * boolean or null, and starts with a letter, `/`, `--` or `-` and a letter, or a digit when a
 * letter shows it cannot be a number or a date (`4Gi`, `500m`). Everything else — numbers,
 * dates, cron schedules, `*` — is double-quoted with JSON escapes, which YAML reads the same way.
 */
final class YamlText {
  private static final List<String> RESERVED = List.of("y", "yes", "n", "no", "true", "false", "on", "off", "null");

  private final JsonParser tokens;
  private final StringBuilder out;

  private YamlText(JsonParser tokens, StringBuilder out) {
    this.tokens = tokens;
    this.out = out;
  }

  /** Appends `---` and the document of the object {@code tokens} hold. */
  static void document(JsonParser tokens, StringBuilder out) {
    out.append("---\n");
    YamlText yaml = new YamlText(tokens, out);
    yaml.next(); // the object's start
    yaml.entries(yaml.next(), 0, false);
  }

  /**
   * The fields of an object, from its first token ({@code token}) to its end, one per line at
   * {@code indent}; the first continues the current line when {@code inline}.
   */
  private void entries(JsonToken token, int indent, boolean inline) {
    for (boolean first = true; token != JsonToken.END_OBJECT; token = next(), first = false) {
      if (!(first && inline)) indent(indent);
      scalar(text());
      out.append(':');
      JsonToken value = next();
      JsonToken inner = value.isStructStart() ? next() : null;
      if (value == JsonToken.START_OBJECT && inner != JsonToken.END_OBJECT) {
        out.append('\n');
        entries(inner, indent + 2, false);
      } else if (value == JsonToken.START_ARRAY && inner != JsonToken.END_ARRAY) {
        out.append('\n');
        items(inner, indent);
      } else {
        out.append(' ');
        leaf(value);
        out.append('\n');
      }
    }
  }

  /** The items of a list, from its first token ({@code token}) to its end. */
  private void items(JsonToken token, int indent) {
    for (; token != JsonToken.END_ARRAY; token = next()) {
      indent(indent);
      out.append('-');
      JsonToken inner = token.isStructStart() ? next() : null;
      if (token == JsonToken.START_OBJECT && inner != JsonToken.END_OBJECT) {
        out.append(' ');
        entries(inner, indent + 2, true);
      } else if (token == JsonToken.START_ARRAY && inner != JsonToken.END_ARRAY) {
        out.append('\n');
        items(inner, indent + 2);
      } else {
        out.append(' ');
        leaf(token);
        out.append('\n');
      }
    }
  }

  /** A scalar, or an empty object or list (whose end has been read) in flow style. */
  private void leaf(JsonToken token) {
    switch (token) {
      case START_OBJECT -> out.append("{}");
      case START_ARRAY -> out.append("[]");
      case VALUE_STRING -> scalar(text());
      default -> out.append(text()); // numbers, booleans and null as JSON writes them
    }
  }

  private JsonToken next() {
    try {
      return tokens.nextToken();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String text() {
    try {
      return tokens.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void scalar(String text) {
    if (plain(text)) out.append(text);
    else quoted(text);
  }

  /** Whether {@code text} reads back as the same string when written without quotes. */
  static boolean plain(String text) {
    if (text.isEmpty() || text.charAt(text.length() - 1) == ':') return false;
    if (text.length() <= 5 && reserved(text)) return false;
    char first = text.charAt(0);
    boolean digits = first >= '0' && first <= '9';
    if (digits) {
      // A number or a date, unless it has a letter no number (hex, exponent, base prefix) or date can have: `4Gi`, `250m`.
      if (!hasLetterNoNumberCanHave(text)) return false;
    } else if (first == '-') {
      if (text.length() < 2 || !(text.charAt(1) == '-' || letter(text.charAt(1)))) return false;
    } else if (!letter(first) && first != '/') {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = letter(c) || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '/' || c == '@' || c == '-' || c == ':' && !digits;
      if (!ok) return false;
    }
    return true;
  }

  private static boolean letter(char c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'; }

  // Loops rather than a lower-cased copy and a stream: every string of every object passes here.
  private static boolean reserved(String text) {
    for (String word : RESERVED) if (word.equalsIgnoreCase(text)) return true;
    return false;
  }

  private static boolean hasLetterNoNumberCanHave(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && "abcdefABCDEFxXoOtTzZ".indexOf(c) < 0) return true;
    }
    return false;
  }

  private void quoted(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0xfeff || Character.isSurrogate(c) && !validSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A surrogate that is half of a well-formed pair, which UTF-8 can encode. */
  private static boolean validSurrogate(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private void indent(int n) { out.repeat(' ', n); }
}
