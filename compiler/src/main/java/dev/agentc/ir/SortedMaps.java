package dev.agentc.ir;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Immutable sorted maps for catalog facts in the IR. A fact is copied into every workload that
 * refers to it (a region into each agent that runs there, with the span of that reference), so a
 * map this class made already is kept as is instead of being copied again.
 */
final class SortedMaps {
  private SortedMaps() {}

  @SuppressWarnings("unchecked") // a Frozen map is never written to, so it may be read as a map of a supertype
  static <K, V> SortedMap<K, V> copyOf(SortedMap<K, ? extends V> map) {
    return map instanceof Frozen<?, ?> frozen ? (SortedMap<K, V>) frozen : new Frozen<>(Collections.unmodifiableSortedMap(new TreeMap<>(map)));
  }

  /** A read-only view of a tree map nothing else holds. */
  private static final class Frozen<K, V> extends AbstractMap<K, V> implements SortedMap<K, V> {
    private final SortedMap<K, V> view;

    Frozen(SortedMap<K, V> view) { this.view = view; }

    @Override public V get(Object key) { return view.get(key); }

    @Override public boolean containsKey(Object key) { return view.containsKey(key); }

    @Override public int size() { return view.size(); }

    @Override public Set<Entry<K, V>> entrySet() { return view.entrySet(); }

    @Override public Set<K> keySet() { return view.keySet(); }

    @Override public Collection<V> values() { return view.values(); }

    @Override public Comparator<? super K> comparator() { return view.comparator(); }

    @Override public SortedMap<K, V> subMap(K from, K to) { return view.subMap(from, to); }

    @Override public SortedMap<K, V> headMap(K to) { return view.headMap(to); }

    @Override public SortedMap<K, V> tailMap(K from) { return view.tailMap(from); }

    @Override public K firstKey() { return view.firstKey(); }

    @Override public K lastKey() { return view.lastKey(); }
  }
}
