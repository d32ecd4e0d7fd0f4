package dev.agentc.ir;

import dev.agentc.model.Value;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Typed reads of a checked record. The checker has already enforced every type, so a cast cannot fail.
 * They read the field map directly rather than through {@link Value.Record#get}, whose Optional
 * would be a second one per read: these run for most fields of every agent.
 */
final class Fields {
  private Fields() {}

  /** The field's value, or null when it is absent or `none`. */
  static Value value(Value.Record r, String field) {
    Value v = r.fields().get(field);
    return v instanceof Value.None ? null : v;
  }

  static Optional<String> str(Value.Record r, String field) {
    Value v = value(r, field);
    return v == null ? Optional.empty() : Optional.of(((Value.Str) v).value());
  }

  static Optional<Long> integer(Value.Record r, String field) {
    Value v = value(r, field);
    return v == null ? Optional.empty() : Optional.of(((Value.Int) v).value());
  }

  static boolean bool(Value.Record r, String field) {
    Value v = value(r, field);
    return v != null && ((Value.Bool) v).value();
  }

  static Optional<String> enumValue(Value.Record r, String field) {
    Value v = value(r, field);
    return v == null ? Optional.empty() : Optional.of(((Value.Enum) v).value());
  }

  /** The enum's value, or {@code absent} when the field is not set. */
  static String enumValue(Value.Record r, String field, String absent) {
    Value v = value(r, field);
    return v == null ? absent : ((Value.Enum) v).value();
  }

  static Optional<Value.Ref> ref(Value.Record r, String field) { return Optional.ofNullable((Value.Ref) value(r, field)); }

  static Optional<Value.Record> record(Value.Record r, String field) { return Optional.ofNullable((Value.Record) value(r, field)); }

  static List<Value> list(Value.Record r, String field) {
    Value v = value(r, field);
    return v == null ? List.of() : ((Value.ListOf) v).items();
  }

  /** A list of references; a view of the list, not a copy (this runs for every agent's `tools`, `stores` and `regions`). */
  @SuppressWarnings("unchecked") // the checker typed the field: a list of references holds only Refs
  static List<Value.Ref> refs(Value.Record r, String field) { return (List<Value.Ref>) (List<?>) list(r, field); }

  /** A list of calls, such as `scale.on`; a view, like {@link #refs}. */
  @SuppressWarnings("unchecked") // the checker typed the field: a list of calls holds only Calls
  static List<Value.Call> calls(Value.Record r, String field) { return (List<Value.Call>) (List<?>) list(r, field); }

  static List<String> enums(Value.Record r, String field) { return list(r, field).stream().map(v -> ((Value.Enum) v).value()).toList(); }

  /** A map block of strings keyed by an enum or a name. */
  static SortedMap<String, String> strings(Value.Record r, String field) {
    SortedMap<String, String> out = new TreeMap<>();
    Value v = value(r, field);
    if (v != null) ((Value.MapOf) v).entries().forEach(e -> out.put(e.key(), ((Value.Str) e.value()).value()));
    return out;
  }
}
