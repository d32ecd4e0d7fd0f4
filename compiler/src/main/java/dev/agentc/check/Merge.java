package dev.agentc.check;

import dev.agentc.model.FieldMap;
import dev.agentc.model.Value;

/** LANGUAGE.md §4: record blocks merge field by field; lists, maps and scalars are replaced whole. */
final class Merge {
  private Merge() {}

  static Value.Record over(Value.Record base, Value.Record child) {
    // room for exactly the fields the child adds: the builder then hands its arrays over rather than copying them
    FieldMap.Builder out = FieldMap.builder(base.fields(), FieldMap.copyOf(child.fields()).countAbsentFrom(base.fields()));
    child.fields().forEach((name, value) -> {
      if (value instanceof Value.Record c && out.get(name) instanceof Value.Record b) out.put(name, over(b, c));
      else out.put(name, value);
    });
    return new Value.Record(child.spec(), out.build(), child.span());
  }
}
