package dev.agentc.schema;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A field, declared once: its name, type, whether it is required, its default (as source text,
 * checked like user input), its allowed numeric range and one line of documentation.
 */
public record FieldSpec(String name, Type type, boolean required, Optional<String> defaultText, Optional<Bounds> bounds, String doc) {

  /** Inclusive bounds on a number, or on both ends of a range (in the type's base unit). */
  public record Bounds(Optional<BigDecimal> min, Optional<BigDecimal> max) {
    public static Bounds atLeast(long min) { return new Bounds(Optional.of(BigDecimal.valueOf(min)), Optional.empty()); }

    public static Bounds between(long min, long max) {
      return new Bounds(Optional.of(BigDecimal.valueOf(min)), Optional.of(BigDecimal.valueOf(max)));
    }

    public boolean admits(BigDecimal v) {
      return (min.isEmpty() || v.compareTo(min.get()) >= 0) && (max.isEmpty() || v.compareTo(max.get()) <= 0);
    }

    public String describe() {
      if (min.isPresent() && max.isPresent()) return "between " + min.get().toPlainString() + " and " + max.get().toPlainString();
      if (min.isPresent()) return "at least " + min.get().toPlainString();
      return "at most " + max.map(BigDecimal::toPlainString).orElse("?");
    }
  }
}
