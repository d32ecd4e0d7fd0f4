package dev.agentc.target.compose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serializes a Compose document with Jackson YAML: a `#` comment header, then the maps in their
 * insertion order, `\n` line breaks, no document marker, block lists indented under their key.
 *
 * <p>Two readers must get back the same strings: docker-compose 1.29 reads YAML 1.1 (PyYAML),
 * where `yes`, `on`, `22:22` and `1_000` are not strings, and every Compose interpolates `$`.
 * So every string key or value that starts like a number, or that YAML 1.1 would read as a
 * boolean or null, is quoted, and `$` in a value is written `$$`.
 */
final class YamlWriter {
  private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .stringQuotingChecker(new Yaml11Quoting())
      .build());

  private YamlWriter() {}

  static byte[] write(List<String> header, Map<String, Object> document) {
    StringBuilder out = new StringBuilder();
    for (String line : header) out.append(line.isEmpty() ? "#" : "# " + commentSafe(line)).append('\n');
    try {
      out.append(MAPPER.writeValueAsString(escaped(document)));
    } catch (JsonProcessingException e) {
      // Maps, lists, strings and numbers built by this target always serialize.
      throw new IllegalStateException("cannot write compose.yaml", e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Compose interpolates `${VAR}` in every value; `$$` is a literal `$`. */
  private static Object escaped(Object value) {
    return switch (value) {
      case String s -> s.replace("$", "$$");
      case Map<?, ?> m -> {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put((String) k, escaped(v)));
        yield out;
      }
      case List<?> l -> l.stream().map(YamlWriter::escaped).toList();
      default -> value;
    };
  }

  /** A comment ends at a line break: any control or line-separator character becomes a space. */
  static String commentSafe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      int type = Character.getType(c);
      boolean breaks = type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
      out.appendCodePoint(breaks ? ' ' : c);
    });
    return out.toString();
  }

  /** Jackson's quoting rules, plus whatever YAML 1.1 would not read back as a string. */
  private static final class Yaml11Quoting extends StringQuotingChecker.Default {
    /**
     * What YAML 1.1 or 1.2 may read as a number or a timestamp: a digit first (after a sign or a
     * dot), then only digits, hex digits, base prefixes, `_ . : + -`, exponents and timestamp
     * characters — so `22:22`, `0x1F`, `1_000`, `1e3` and `2024-01-02` are quoted, `10s` is not.
     */
    private static final Pattern NUMBER_LIKE =
        Pattern.compile("[-+.]?[0-9][0-9a-fA-FxXoObB_.:eE+\\-tTzZ ]*|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern YAML11_WORD = Pattern.compile("(?i)y|n|yes|no|true|false|on|off|null|~|<<|=");

    @Override
    public boolean needToQuoteName(String name) { return super.needToQuoteName(name) || notYaml11String(name); }

    @Override
    public boolean needToQuoteValue(String value) { return super.needToQuoteValue(value) || notYaml11String(value); }

    private static boolean notYaml11String(String text) { return NUMBER_LIKE.matcher(text).matches() || YAML11_WORD.matcher(text).matches(); }
  }
}
