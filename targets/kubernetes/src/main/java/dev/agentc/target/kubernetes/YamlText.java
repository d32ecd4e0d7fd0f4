package dev.agentc.target.kubernetes;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.JsonWriteContext;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Jackson generator that lays out what a serializer writes as one block-style YAML document,
 * the way `kubectl` prints objects (sequence items at their key's indentation). agentc's calls
 * come from fabric8's serializers; this class only decides the text. It exists for speed:
 * SnakeYAML's emitter behind Jackson's YAML generator took four times as long as everything else
 * together on a 10,000-agent plan, and writing text as the serializers call, rather than from a
 * tree or a buffer of tokens, builds nothing in between.
 *
 * <p>A struct that starts as a value is held back until the next call shows whether it is empty
 * (written `{}` or `[]` on its key's line) or not (its entries on the lines below).
 *
 * <p>Quoting errs on the safe side: a string is written plain only when it holds nothing but
 * letters, digits and `. _ / : @ -` (a `:` never last), is not a word YAML 1.1 reads as a
 * boolean or null, and starts with a letter, `/`, `--` or `-` and a letter, or a digit when a
 * letter shows it cannot be a number or a date (`4Gi`, `500m`). Everything else — numbers,
 * dates, cron schedules, `*` — is double-quoted with JSON escapes, which YAML reads the same way.
 * Numbers, booleans and null are written as JSON writes them.
 *
 * <p>The text goes straight into UTF-8 bytes: everything but a quoted string's characters is
 * ASCII, so only those are encoded.
 */
final class YamlText extends GeneratorBase {
  private static final List<String> RESERVED = List.of("y", "yes", "n", "no", "true", "false", "on", "off", "null");
  private static final boolean[] PLAIN = plainCharacters();
  /** Whether property names are plain; as many entries as the model's classes have property names. */
  private static final Map<SerializableString, Boolean> PLAIN_PROPERTIES = new ConcurrentHashMap<>();
  private static final int FEATURES = JsonGenerator.Feature.collectDefaults();
  private static final byte NONE = 0;
  private static final byte OBJECT = 1;
  private static final byte ARRAY = 2;

  /** The UTF-8 text written so far: {@code length} bytes of {@code out}. */
  private byte[] out;
  private int length;
  /** The text of values shared by identity, for this document's build; null when there is none. */
  private final SharedText shared;
  /** The open structs, innermost last: object or array, and the indentation of their entries. */
  private byte[] kinds = new byte[16];
  private int[] indents = new int[16];
  private int depth;
  /** The next field continues the line of its list item's `-`. */
  private boolean inlineField;
  /** A struct started as a value, not yet known to be empty. */
  private byte pending = NONE;

  /** A generator that writes `---` and the document of the object written to it. */
  YamlText(ObjectCodec codec) { this(codec, null, new byte[2048]); }

  /**
   * As {@link #YamlText(ObjectCodec)}, reusing the text of values shared by identity from
   * {@code shared}, and writing into {@code buffer} (grown as needed; see {@link #buffer}).
   */
  YamlText(ObjectCodec codec, SharedText shared, byte[] buffer) {
    super(FEATURES, codec, (IOContext) null); // no I/O context: the text stays in memory
    this.shared = shared;
    this.out = buffer;
  }

  /** The text written, in UTF-8. */
  byte[] utf8() { return Arrays.copyOf(out, length); }

  /** The buffer written into, which the next document may reuse once this one's text is taken. */
  byte[] buffer() { return out; }

  /** Writes a value that serializes itself with {@code write}. */
  @FunctionalInterface
  interface ValueWriter {
    void write() throws IOException;
  }

  /**
   * Writes {@code value}, an object shared by identity between the objects of a build: its text
   * depends only on it and on where it goes (its parent's indentation, and whether it is a list
   * item), so it is laid out once per place and copied after that.
   */
  void shared(Object value, ValueWriter write) throws IOException {
    if (shared == null || depth == 0) {
      write.write();
      return;
    }
    open(); // the held-back struct the value is in has an entry now: its layout is not part of the value's text
    SharedText.Key key = new SharedText.Key(value, indents[depth - 1], kinds[depth - 1] == ARRAY);
    byte[] text = shared.get(key);
    if (text != null) {
      _verifyValueWrite("write a shared value");
      append(text);
      return;
    }
    int start = length;
    write.write();
    shared.put(key, Arrays.copyOfRange(out, start, length));
  }

  @Override
  public void writeStartObject() {
    start(OBJECT);
    _writeContext = _writeContext.createChildObjectContext();
  }

  @Override
  public void writeStartArray() {
    start(ARRAY);
    _writeContext = _writeContext.createChildArrayContext();
  }

  @Override
  public void writeEndObject() {
    end(OBJECT, " {}\n");
  }

  @Override
  public void writeEndArray() {
    end(ARRAY, " []\n");
  }

  @Override
  public void writeFieldName(String name) throws IOException { fieldName(name, plain(name)); }

  /** A property of a model class: its name comes back in every object of the class, so whether it is plain is decided once. */
  @Override
  public void writeFieldName(SerializableString name) throws IOException {
    Boolean plain = PLAIN_PROPERTIES.get(name);
    if (plain == null) {
      plain = plain(name.getValue());
      PLAIN_PROPERTIES.put(name, plain);
    }
    fieldName(name.getValue(), plain);
  }

  private void fieldName(String name, boolean plain) throws IOException {
    if (_writeContext.writeFieldName(name) == JsonWriteContext.STATUS_EXPECT_VALUE) throw new IllegalStateException("a field name where a value belongs");
    open();
    if (!inlineField) indent(indents[depth - 1]);
    inlineField = false;
    if (plain) ascii(name);
    else quoted(name);
    append(':');
  }

  @Override
  public void writeString(String text) {
    _verifyValueWrite(WRITE_STRING);
    item();
    append(' ');
    scalar(text);
    append('\n');
  }

  @Override
  public void writeString(char[] text, int offset, int length) { writeString(new String(text, offset, length)); }

  @Override
  public void writeUTF8String(byte[] text, int offset, int length) { writeString(new String(text, offset, length, StandardCharsets.UTF_8)); }

  @Override
  public void writeRawUTF8String(byte[] text, int offset, int length) { writeUTF8String(text, offset, length); }

  @Override
  public void writeNumber(int v) { literal(Integer.toString(v)); }

  @Override
  public void writeNumber(long v) { literal(Long.toString(v)); }

  @Override
  public void writeNumber(BigInteger v) { literal(String.valueOf(v)); }

  @Override
  public void writeNumber(double v) { literal(Double.toString(v)); }

  @Override
  public void writeNumber(float v) { literal(Float.toString(v)); }

  @Override
  public void writeNumber(BigDecimal v) { literal(String.valueOf(v)); }

  @Override
  public void writeNumber(String encoded) { literal(encoded); }

  @Override
  public void writeBoolean(boolean v) { literal(v ? "true" : "false"); }

  @Override
  public void writeNull() { literal("null"); }

  // Raw text and binary could not be laid out as YAML; fabric8's serializers write neither.
  @Override
  public void writeRaw(String text) { throw unsupported(); }

  @Override
  public void writeRaw(String text, int offset, int len) { throw unsupported(); }

  @Override
  public void writeRaw(char[] text, int offset, int len) { throw unsupported(); }

  @Override
  public void writeRaw(char c) { throw unsupported(); }

  @Override
  public void writeBinary(Base64Variant variant, byte[] data, int offset, int len) { throw unsupported(); }

  @Override
  public int writeBinary(Base64Variant variant, InputStream data, int dataLength) { throw unsupported(); }

  @Override
  public void flush() {}

  @Override
  protected void _releaseBuffers() {}

  @Override
  protected void _verifyValueWrite(String typeMsg) {
    if (_writeContext.writeValue() == JsonWriteContext.STATUS_EXPECT_NAME) throw new IllegalStateException("a value where a field name belongs: " + typeMsg);
  }

  private static UnsupportedOperationException unsupported() { return new UnsupportedOperationException("raw and binary values have no YAML layout here"); }

  /** A struct starts: the document itself at the root, otherwise a value whose layout waits for its first entry. */
  private void start(byte kind) {
    _verifyValueWrite(kind == OBJECT ? "start an object" : "start an array");
    if (depth == 0 && pending == NONE) {
      ascii("---\n");
      push(kind, 0);
      return;
    }
    item();
    pending = kind;
  }

  private void end(byte kind, String empty) {
    if (pending == kind) {
      ascii(empty);
      pending = NONE;
    } else {
      depth--;
    }
    _writeContext = _writeContext.clearAndGetParent();
  }

  /** A number, boolean or null as JSON writes it (JSON's words for booleans and null are YAML's). */
  private void literal(String text) {
    _verifyValueWrite(WRITE_NUMBER);
    item();
    append(' ');
    ascii(text);
    append('\n');
  }

  /** Before a value: a list's next item starts its line with `-`. */
  private void item() {
    open();
    if (kinds[depth - 1] == ARRAY) {
      indent(indents[depth - 1]);
      append('-');
    }
  }

  /**
   * Lays out the held-back struct, now known to have entries: an object's fields go on the lines
   * below its key, indented, or continue its list item's line; a list's items go at its key's
   * indentation, or below its list item's, indented.
   */
  private void open() {
    if (pending == NONE) return;
    byte kind = pending;
    pending = NONE;
    int indent = indents[depth - 1];
    boolean inList = kinds[depth - 1] == ARRAY;
    if (kind == OBJECT && inList) {
      append(' ');
      inlineField = true;
    } else {
      append('\n');
    }
    push(kind, kind == ARRAY && !inList ? indent : indent + 2);
  }

  private void push(byte kind, int indent) {
    if (depth == kinds.length) {
      kinds = Arrays.copyOf(kinds, depth * 2);
      indents = Arrays.copyOf(indents, depth * 2);
    }
    kinds[depth] = kind;
    indents[depth++] = indent;
  }

  private void scalar(String text) {
    if (plain(text)) ascii(text);
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
      boolean ok = c < PLAIN.length && PLAIN[c] || c == ':' && !digits;
      if (!ok) return false;
    }
    return true;
  }

  /** The characters a plain string may hold anywhere, `:` aside: letters, digits and `. _ / @ -`. */
  private static boolean[] plainCharacters() {
    boolean[] plain = new boolean[128];
    for (char c = 0; c < plain.length; c++) plain[c] = letter(c) || c >= '0' && c <= '9' || ".-_/@".indexOf(c) >= 0;
    return plain;
  }

  private static boolean letter(char c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'; }

  // Loops rather than a lower-cased copy and a stream: every string of every object passes here.
  private static boolean reserved(String text) {
    switch (text.charAt(0)) {
      case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O' -> {} // the first letters of the reserved words
      default -> { return false; }
    }
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
    append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> ascii("\\\"");
        case '\\' -> ascii("\\\\");
        case '\n' -> ascii("\\n");
        case '\t' -> ascii("\\t");
        case '\r' -> ascii("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0xfeff || Character.isSurrogate(c) && !validSurrogate(text, i)) {
            ascii(String.format("\\u%04x", (int) c));
          } else if (c < 0x80) {
            append(c);
          } else {
            // rare in manifests: the JDK encodes it (a valid surrogate pair as one character)
            int width = Character.isHighSurrogate(c) ? 2 : 1;
            append(text.substring(i, i + width).getBytes(StandardCharsets.UTF_8));
            i += width - 1;
          }
        }
      }
    }
    append('"');
  }

  /** A surrogate that is half of a well-formed pair, which UTF-8 can encode. */
  private static boolean validSurrogate(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private void indent(int n) {
    room(n);
    Arrays.fill(out, length, length + n, (byte) ' ');
    length += n;
  }

  private void append(char c) {
    room(1);
    out[length++] = (byte) c;
  }

  /** Text known to be ASCII: each character is its byte. */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) copies each character's low byte: exactly ASCII's
  private void ascii(String text) {
    int n = text.length();
    room(n);
    text.getBytes(0, n, out, length);
    length += n;
  }

  private void append(byte[] text) {
    room(text.length);
    System.arraycopy(text, 0, out, length, text.length);
    length += text.length;
  }

  private void room(int n) {
    if (length + n > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, length + n));
  }
}
