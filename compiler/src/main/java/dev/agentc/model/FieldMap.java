package dev.agentc.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The fields of a {@link Value.Record}: immutable, in insertion order. Two arrays instead of a
 * hash table, because records are many (one per block of every declaration) and small, so a
 * scan is as fast as hashing and the model stays a fraction of a linked hash map's size.
 */
public final class FieldMap extends AbstractMap<String, Value> {
  private static final FieldMap EMPTY = new FieldMap(new String[0], new Value[0], 0);

  private final String[] names;
  private final Value[] values;
  /**
   * One bit per name, at the low six bits of its hash: a look-up of a field that is not set (most optional
   * fields of most records) ends here, usually, rather than comparing every name.
   */
  private final long hashBits;

  private FieldMap(String[] names, Value[] values, long hashBits) {
    this.names = names;
    this.values = values;
    this.hashBits = hashBits;
  }

  /** The fields of {@code fields} in its iteration order; {@code fields} itself when it is a FieldMap. */
  public static FieldMap copyOf(Map<String, ? extends Value> fields) {
    if (fields instanceof FieldMap f) return f;
    if (fields.isEmpty()) return EMPTY;
    Builder out = builder(fields.size());
    fields.forEach(out::append);
    return out.build();
  }

  @Override public Value get(Object name) {
    int i = indexOf(names, names.length, hashBits, name);
    return i < 0 ? null : values[i];
  }

  @Override public boolean containsKey(Object name) { return indexOf(names, names.length, hashBits, name) >= 0; }

  @Override public int size() { return names.length; }

  /** How many of this map's names {@code other} lacks: the fields that merging this map over {@code other} adds. */
  public int countAbsentFrom(Map<String, ? extends Value> other) {
    int n = 0;
    for (String name : names) {
      if (!other.containsKey(name)) n++;
    }
    return n;
  }

  @Override public void forEach(BiConsumer<? super String, ? super Value> action) {
    for (int i = 0; i < names.length; i++) action.accept(names[i], values[i]);
  }

  @Override public Set<Entry<String, Value>> entrySet() {
    return new AbstractSet<>() {
      @Override public int size() { return names.length; }

      @Override public Iterator<Entry<String, Value>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override public boolean hasNext() { return next < names.length; }

          @Override public Entry<String, Value> next() {
            if (next >= names.length) throw new NoSuchElementException();
            Entry<String, Value> e = new SimpleImmutableEntry<>(names[next], values[next]);
            next++;
            return e;
          }
        };
      }
    };
  }

  private static int indexOf(String[] names, int size, long hashBits, Object name) {
    if (!(name instanceof String s)) return -1;
    // The checker keys fields by the schema's names, string literals, as later look-ups mostly are:
    // a scan by identity finds most.
    for (int i = 0; i < size; i++) {
      if (names[i] == s) return i;
    }
    int hash = s.hashCode();
    if ((hashBits & bit(hash)) == 0) return -1;
    for (int i = 0; i < size; i++) {
      if (names[i].hashCode() == hash && names[i].equals(s)) return i;
    }
    return -1;
  }

  /**
   * {@code from} copied into {@code to}, as much as fits. Not {@code Arrays.copyOf}: for an array of a
   * type other than Object it allocates through reflection, which a short run's JIT (C1) leaves slow.
   */
  private static <T> T[] copy(T[] from, T[] to) {
    System.arraycopy(from, 0, to, 0, Math.min(from.length, to.length));
    return to;
  }

  private static long bit(int hash) { return 1L << hash; } // a shift of a long takes the low 6 bits

  /**
   * Starts from {@code fields}, with room for {@code more}; {@link Builder#put} replaces a field in
   * its place or appends it, like a linked hash map.
   */
  public static Builder builder(Map<String, ? extends Value> fields, int more) {
    FieldMap f = copyOf(fields);
    int capacity = f.names.length + more;
    return new Builder(copy(f.names, new String[capacity]), copy(f.values, new Value[capacity]), f.names.length, f.hashBits);
  }

  /** An empty builder with room for {@code expected} fields. */
  public static Builder builder(int expected) { return new Builder(expected); }

  /** Collects fields in order, then {@link #build}s the map once; the builder is spent then. */
  public static final class Builder {
    private String[] names;
    private Value[] values;
    private int size;
    private long hashBits;

    private Builder(int capacity) { this(new String[capacity], new Value[capacity], 0, 0); }

    private Builder(String[] names, Value[] values, int size, long hashBits) {
      this.names = names;
      this.values = values;
      this.size = size;
      this.hashBits = hashBits;
    }

    public Value get(String name) {
      int i = indexOf(names, size, hashBits, name);
      return i < 0 ? null : values[i];
    }

    public Builder put(String name, Value value) {
      Objects.requireNonNull(name);
      int i = indexOf(names, size, hashBits, name);
      if (i >= 0) {
        values[i] = value;
        return this;
      }
      return append(name, value);
    }

    /** Appends a field whose name is known not to be here yet, without looking for it. */
    public Builder append(String name, Value value) {
      Objects.requireNonNull(name);
      if (size == names.length) {
        names = copy(names, new String[Math.max(4, size * 2)]);
        values = copy(values, new Value[names.length]);
      }
      names[size] = name;
      values[size++] = value;
      hashBits |= bit(name.hashCode());
      return this;
    }

    public FieldMap build() {
      if (size == 0) return EMPTY;
      // a full builder hands its arrays over instead of copying them
      FieldMap map = size == names.length ? new FieldMap(names, values, hashBits)
          : new FieldMap(copy(names, new String[size]), copy(values, new Value[size]), hashBits);
      names = null;
      values = null;
      return map;
    }
  }
}
