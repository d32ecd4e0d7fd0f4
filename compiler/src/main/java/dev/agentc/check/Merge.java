package dev.agentc.check;

import dev.agentc.model.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/** LANGUAGE.md §4: record blocks merge field by field; lists, maps and scalars are replaced whole. */
final class Merge {
  private Merge() {}

  static Value.Record over(Value.Record base, Value.Record child) {
    Map<String, Value> out = new LinkedHashMap<>(base.fields());
    child.fields().forEach((name, value) -> {
      Value inherited = out.get(name);
      out.put(name, inherited instanceof Value.Record b && value instanceof Value.Record c ? over(b, c) : value);
    });
    return new Value.Record(child.spec(), out, child.span());
  }
}
