package dev.agentc.syntax;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The unit and rate spellings of LANGUAGE.md §2, and suggestions for near misses. */
public final class Units {
  public static final List<String> UNITS =
      List.of("Ki", "Mi", "Gi", "Ti", "KB", "MB", "GB", "TB", "ms", "s", "m", "h", "d", "K", "M", "B", "%", "USD", "EUR");
  public static final List<String> RATES = List.of("s", "min", "h", "month");
  static final String UNIT_LIST = "Ki Mi Gi Ti, KB MB GB TB, ms s m h d, K M B, %, USD EUR";
  static final String RATE_LIST = "/s /min /h /month";
  // looked up for every quantity in a project: a hash, not a scan of the list
  private static final Set<String> UNIT_SET = Set.copyOf(UNITS);
  private static final Set<String> RATE_SET = Set.copyOf(RATES);

  private Units() {}

  public static boolean isUnit(String u) { return UNIT_SET.contains(u); }

  public static boolean isRate(String r) { return RATE_SET.contains(r); }

  static Optional<String> suggestUnit(String u) {
    for (String known : UNITS) if (known.equalsIgnoreCase(u)) return Optional.of(known);
    if (u.length() == 3 && u.endsWith("iB")) return Optional.of(u.substring(0, 2));       // GiB -> Gi
    if (u.equalsIgnoreCase("min") || u.equalsIgnoreCase("mins")) return Optional.of("m");
    if (u.equalsIgnoreCase("sec") || u.equalsIgnoreCase("secs")) return Optional.of("s");
    return Optional.empty();
  }

  static Optional<String> suggestRate(String r) {
    for (String known : RATES) if (known.equalsIgnoreCase(r)) return Optional.of(known);
    if (r.equalsIgnoreCase("m") || r.startsWith("minute")) return Optional.of("min");
    if (r.startsWith("sec")) return Optional.of("s");
    if (r.startsWith("mo")) return Optional.of("month");
    if (r.startsWith("hour") || r.equals("hr")) return Optional.of("h");
    return Optional.empty();
  }
}
