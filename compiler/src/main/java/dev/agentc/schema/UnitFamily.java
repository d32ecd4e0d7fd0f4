package dev.agentc.schema;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Unit families of quantities and the factor of each unit to the family's base unit. */
public enum UnitFamily {
  MEMORY("a Memory (Ki, Mi, Gi, Ti, KB, MB, GB, TB)", Map.of(
      "Ki", pow(1024, 1), "Mi", pow(1024, 2), "Gi", pow(1024, 3), "Ti", pow(1024, 4),
      "KB", pow(1000, 1), "MB", pow(1000, 2), "GB", pow(1000, 3), "TB", pow(1000, 4))),
  DURATION("a Duration (ms, s, m, h, d)", Map.of(
      "ms", BigDecimal.ONE, "s", BigDecimal.valueOf(1000), "m", BigDecimal.valueOf(60_000),
      "h", BigDecimal.valueOf(3_600_000), "d", BigDecimal.valueOf(86_400_000))),
  COUNT("a Count (a number, or with K, M, B)", Map.of(
      "", BigDecimal.ONE, "K", pow(1000, 1), "M", pow(1000, 2), "B", pow(1000, 3))),
  PERCENT("a Percent (e.g. `70%`)", Map.of("%", BigDecimal.ONE)),
  MONEY("Money (e.g. `500 USD`)", Map.of("USD", BigDecimal.ONE, "EUR", BigDecimal.ONE));

  private final String description;
  private final Map<String, BigDecimal> factors;
  /** {@link #factors}, each wrapped once: the checker looks up the factor of every quantity. */
  private final Map<String, Optional<BigDecimal>> wrapped = new HashMap<>();

  UnitFamily(String description, Map<String, BigDecimal> factors) {
    this.description = description;
    this.factors = factors;
    factors.forEach((unit, factor) -> wrapped.put(unit, Optional.of(factor)));
  }

  public String describe() { return description; }

  /** Factor to the base unit (bytes, milliseconds, units, percent, currency units). */
  public Optional<BigDecimal> factor(String unit) { return wrapped.getOrDefault(unit, Optional.empty()); }

  /** The family a unit belongs to, if any ("" is a plain count). */
  public static Optional<UnitFamily> of(String unit) { return BY_UNIT.getOrDefault(unit, Optional.empty()); }

  /** Every unit's family, wrapped once (the checker looks up the unit of every quantity); a unit of another family wins over COUNT's. */
  private static final Map<String, Optional<UnitFamily>> BY_UNIT = byUnit();

  private static Map<String, Optional<UnitFamily>> byUnit() {
    Map<String, Optional<UnitFamily>> out = new HashMap<>();
    for (UnitFamily f : values()) if (f != COUNT) f.factors.keySet().forEach(u -> out.putIfAbsent(u, Optional.of(f)));
    COUNT.factors.keySet().forEach(u -> out.putIfAbsent(u, Optional.of(COUNT)));
    return Map.copyOf(out);
  }

  private static BigDecimal pow(int base, int exp) { return BigDecimal.valueOf(base).pow(exp); }
}
