package dev.agentc.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
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
  private static final FieldMap EMPTY = new FieldMap(new String[0], new Value[0]);

  private final String[] names;
  private final Value[] values;

  private FieldMap(String[] names, Value[] values) {
    this.names = names;
    this.values = values;
  }

  /** The fields of {@code fields} in its iteration order; {@code fields} itself when it is a FieldMap. */
  public static FieldMap copyOf(Map<String, ? extends Value> fields) {
    if (fields instanceof FieldMap f) return f;
    if (fields.isEmpty()) return EMPTY;
    String[] names = new String[fields.size()];
    Value[] values = new Value[fields.size()];
    int i = 0;
    for (Map.Entry<String, ? extends Value> e : fields.entrySet()) {
      names[i] = Objects.requireNonNull(e.getKey());
      values[i++] = e.getValue();
    }
    return new FieldMap(names, values);
  }

  @Override public Value get(Object name) {
    int i = indexOf(names, names.length, name);
    return i < 0 ? null : values[i];
  }

  @Override public boolean containsKey(Object name) { return indexOf(names, names.length, name) >= 0; }

  @Override public int size() { return names.length; }

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

  private static int indexOf(String[] names, int size, Object name) {
    if (!(name instanceof String s)) return -1;
    int hash = s.hashCode();
    for (int i = 0; i < size; i++) {
      // the checker keys fields by the schema's names, string literals, as later lookups mostly are
      if (names[i] == s || names[i].hashCode() == hash && names[i].equals(s)) return i;
    }
    return -1;
  }

  /**
   * Starts from {@code fields}, with room for {@code more}; {@link Builder#put} replaces a field in
   * its place or appends it, like a linked hash map.
   */
  public static Builder builder(Map<String, ? extends Value> fields, int more) {
    FieldMap f = copyOf(fields);
    int capacity = f.names.length + more;
    return new Builder(Arrays.copyOf(f.names, capacity), Arrays.copyOf(f.values, capacity), f.names.length);
  }

  /** An empty builder with room for {@code expected} fields. */
  public static Builder builder(int expected) { return new Builder(expected); }

  /** Collects fields in order, then {@link #build}s the map once; the builder is spent then. */
  public static final class Builder {
    private String[] names;
    private Value[] values;
    private int size;

    private Builder(int capacity) { this(new String[capacity], new Value[capacity], 0); }

    private Builder(String[] names, Value[] values, int size) {
      this.names = names;
      this.values = values;
      this.size = size;
    }

    public Value get(String name) {
      int i = indexOf(names, size, name);
      return i < 0 ? null : values[i];
    }

    public Builder put(String name, Value value) {
      Objects.requireNonNull(name);
      int i = indexOf(names, size, name);
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
        names = Arrays.copyOf(names, Math.max(4, size * 2));
        values = Arrays.copyOf(values, names.length);
      }
      names[size] = name;
      values[size++] = value;
      return this;
    }

    public FieldMap build() {
      if (size == 0) return EMPTY;
      // a full builder hands its arrays over instead of copying them
      FieldMap map = size == names.length ? new FieldMap(names, values) : new FieldMap(Arrays.copyOf(names, size), Arrays.copyOf(values, size));
      names = null;
      values = null;
      return map;
    }
  }
}
