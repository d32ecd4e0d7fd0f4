package dev.agentc.target.aleph;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON trees (maps in insertion order, lists, strings, numbers, booleans) with Jackson's
 * streaming generator: compact for {@code item_content}, indented for the messages file. Key order
 * is the order the tree was built in, so the bytes follow from the tree alone.
 */
final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Json() {}

  /** No whitespace at all: the form the reference clients hash (aleph.md §1.2). */
  static String compact(Object tree) { return write(tree, false); }

  /** Two-space indentation and a final newline, for review. */
  static String pretty(Object tree) { return write(tree, true) + "\n"; }

  private static String write(Object tree, boolean pretty) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) g.setPrettyPrinter(PRETTY);
      value(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void value(JsonGenerator g, Object v) throws IOException {
    switch (v) {
      case String s -> g.writeString(s);
      case Boolean b -> g.writeBoolean(b);
      case Integer i -> g.writeNumber(i);
      case Long l -> g.writeNumber(l);
      case BigDecimal d -> g.writeNumber(d);
      case Map<?, ?> m -> {
        g.writeStartObject();
        for (Map.Entry<?, ?> e : m.entrySet()) {
          g.writeFieldName((String) e.getKey());
          value(g, e.getValue());
        }
        g.writeEndObject();
      }
      case List<?> l -> {
        g.writeStartArray();
        for (Object o : l) value(g, o);
        g.writeEndArray();
      }
      default -> throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
    }
  }
}
