package dev.agentc.ir;

import dev.agentc.model.Value;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Typed reads of a checked record. The checker has already enforced every type, so a cast cannot fail. */
final class Fields {
  private Fields() {}

  static Optional<String> str(Value.Record r, String field) { return r.get(field).map(v -> ((Value.Str) v).value()); }

  static Optional<Long> integer(Value.Record r, String field) { return r.get(field).map(v -> ((Value.Int) v).value()); }

  static boolean bool(Value.Record r, String field) { return r.get(field).map(v -> ((Value.Bool) v).value()).orElse(false); }

  static Optional<String> enumValue(Value.Record r, String field) { return r.get(field).map(v -> ((Value.Enum) v).value()); }

  static Optional<Value.Ref> ref(Value.Record r, String field) { return r.get(field).map(Value.Ref.class::cast); }

  static Optional<Value.Record> record(Value.Record r, String field) { return r.get(field).map(Value.Record.class::cast); }

  static List<Value> list(Value.Record r, String field) { return r.get(field).map(v -> ((Value.ListOf) v).items()).orElse(List.of()); }

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
    r.get(field).ifPresent(v -> ((Value.MapOf) v).entries().forEach(e -> out.put(e.key(), ((Value.Str) e.value()).value())));
    return out;
  }
}
