package dev.agentc.check;

import dev.agentc.model.FieldMap;
import dev.agentc.model.Value;

/** LANGUAGE.md §4: record blocks merge field by field; lists, maps and scalars are replaced whole. */
final class Merge {
  private Merge() {}

  static Value.Record over(Value.Record base, Value.Record child) {
    FieldMap.Builder out = FieldMap.builder(base.fields(), child.fields().size());
    child.fields().forEach((name, value) -> {
      if (value instanceof Value.Record c && out.get(name) instanceof Value.Record b) out.put(name, over(b, c));
      else out.put(name, value);
    });
    return new Value.Record(child.spec(), out.build(), child.span());
  }
}
