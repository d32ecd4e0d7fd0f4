package dev.agentc.target.kubernetes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The YAML text of the values one build shares by identity between the objects it writes
 * (metadata, label maps, selectors, security contexts, environment variables): each is laid out
 * once per place it goes to and copied after that. One per build, never global: a build's objects
 * are only read while it lasts, so their texts stay right, and a global cache would keep every
 * build's objects alive.
 */
final class SharedText {
  /**
   * Where a value's text is valid: the value itself (by identity), the indentation of the struct
   * it is in, and whether that struct is a list (the value is an item, after `-`).
   */
  record Key(Object value, int indent, boolean item) {
    @Override
    public boolean equals(Object o) { return o instanceof Key k && k.value == value && k.indent == indent && k.item == item; }

    @Override
    public int hashCode() { return System.identityHashCode(value) * 31 + indent * 2 + (item ? 1 : 0); }
  }

  // Concurrent: a build writes its workloads' documents in parallel. Two threads may lay out the same value at once; both texts are the same.
  private final Map<Key, byte[]> texts;

  /** @param workloads how many workloads the build writes: each brings a few texts (its metadata, labels, selector at each place) */
  SharedText(int workloads) { texts = new ConcurrentHashMap<>(8 * workloads); }

  byte[] get(Key key) { return texts.get(key); }

  void put(Key key, byte[] text) { texts.putIfAbsent(key, text); }
}
