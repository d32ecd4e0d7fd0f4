package dev.agentc.model;

import dev.agentc.schema.UnitFamily;
import dev.agentc.source.Span;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checked value. Each keeps the span of the text that set it, so a later error can point at
 * the `from` or `override` line a value came from; defaults carry {@link Span#NONE}.
 */
public sealed interface Value {
  Span span();

  record Str(String value, Span span) implements Value {}

  record Int(long value, Span span) implements Value {}

  /** Decimals and CPU cores. */
  record Dec(BigDecimal value, Span span) implements Value {}

  record Bool(boolean value, Span span) implements Value {}

  /**
   * A quantity: {@code base} is its amount in the family's base unit (bytes, milliseconds, units,
   * percent, currency units); {@code unit} is as written ("" for a plain count); money keeps its
   * currency in {@code unit}.
   */
  record Quantity(UnitFamily family, BigDecimal base, String unit, String text, Span span) implements Value {}

  /** Money per time: amount, currency, per ("s", "min", "h", "month"). */
  record Price(BigDecimal amount, String currency, String per, String text, Span span) implements Value {
    /** A month is 730 hours, the convention of cloud price lists. */
    public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

    public BigDecimal perHour() { return amount.multiply(hoursIn(per).map(h -> BigDecimal.ONE.divide(h, MathContext.DECIMAL64)).orElseThrow()); }

    public BigDecimal perMonth() { return perHour().multiply(HOURS_PER_MONTH); }

    private static Optional<BigDecimal> hoursIn(String per) {
      return switch (per) {
        case "s" -> Optional.of(BigDecimal.ONE.divide(BigDecimal.valueOf(3600), MathContext.DECIMAL64));
        case "min" -> Optional.of(BigDecimal.ONE.divide(BigDecimal.valueOf(60), MathContext.DECIMAL64));
        case "h" -> Optional.of(BigDecimal.ONE);
        case "month" -> Optional.of(HOURS_PER_MONTH);
        default -> Optional.empty();
      };
    }
  }

  /** Count per time, e.g. 100/min. */
  record Rate(BigDecimal amount, String per, String text, Span span) implements Value {
    public BigDecimal perSecond() {
      BigDecimal seconds = switch (per) {
        case "s" -> BigDecimal.ONE;
        case "min" -> BigDecimal.valueOf(60);
        case "h" -> BigDecimal.valueOf(3600);
        default -> BigDecimal.valueOf(730L * 3600);
      };
      return amount.divide(seconds, MathContext.DECIMAL64);
    }
  }

  record Range(long low, long high, Span span) implements Value {}

  record ListOf(List<Value> items, Span span) implements Value {
    public ListOf {
      items = List.copyOf(items);
    }
  }

  /**
   * A map block. Keys are kept as written; {@code keyValue} is the resolved key (a region
   * reference, an enum value, or the key string itself). Entries in source order.
   */
  record MapOf(List<Entry> entries, Span span) implements Value {
    public MapOf {
      entries = List.copyOf(entries);
    }

    public Optional<Value> get(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst();
    }

    public record Entry(String key, Value keyValue, Value value, Span keySpan) {}
  }

  /** A record block or a declaration body: fields in source order, then defaults. */
  record Record(String spec, Map<String, Value> fields, Span span) implements Value {
    public Record {
      fields = FieldMap.copyOf(fields);
    }

    public Optional<Value> get(String field) {
      Value v = fields.get(field);
      return v == null || v instanceof None ? Optional.empty() : Optional.of(v);
    }
  }

  /** A reference to a declaration: its kind and its id `module.name`. */
  record Ref(String kind, String id, Span span) implements Value {
    public String name() { return id.substring(id.lastIndexOf('.') + 1); }
  }

  /** A bare identifier from an enum, or a bare form of a call type (`round_robin`). */
  record Enum(String value, Span span) implements Value {}

  /** `rps(100)`: arguments in parameter order, defaults filled in. */
  record Call(String name, List<Value> args, Span span) implements Value {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** `N * gpu`. */
  record Gpu(int count, Ref gpu, Span span) implements Value {}

  /** `none`: the field is cleared. */
  record None(Span span) implements Value {}
}
