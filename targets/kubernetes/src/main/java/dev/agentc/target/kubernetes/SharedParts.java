package dev.agentc.target.kubernetes;

import java.util.Map;
import java.util.function.Function;

/** Lookups in the concurrent maps of the parts a build makes once and shares between its objects (metadata, labels, probes...). */
final class SharedParts {
  private SharedParts() {}

  /**
   * The part for {@code key}, made by {@code make} the first time. Nearly every lookup finds the
   * part: a plain get takes no lock, where computeIfAbsent locks the key's bin unless the part
   * is the bin's first.
   */
  static <K, V> V get(Map<K, V> parts, K key, Function<? super K, ? extends V> make) {
    V part = parts.get(key);
    return part != null ? part : parts.computeIfAbsent(key, make);
  }
}
