package dev.agentc.check;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.model.FieldMap;
import dev.agentc.model.Value;
import dev.agentc.schema.FieldSpec;
import dev.agentc.schema.RecordSpec;
import dev.agentc.schema.Type;
import dev.agentc.source.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Completes a merged record: fills defaults and reports missing required fields. */
final class Completion {
  private final Values values;

  Completion(Values values) { this.values = values; }

  /** Defaults filled, recursively into the record blocks that are present; {@code record} itself when nothing is missing. */
  Value.Record withDefaults(Value.Record record, RecordSpec spec, Scope scope) {
    Map<String, Value> fields = record.fields();
    List<FieldSpec> completed = spec.completed();
    FieldMap.Builder out = null; // made at the first change, with room for every default that is missing
    for (int i = 0; i < completed.size(); i++) { // indexed: no iterator for each of the many blocks
      FieldSpec f = completed.get(i);
      Value present = fields.get(f.name());
      if (present instanceof Value.Record r && f.type() instanceof Type.Record rt) {
        Value.Record filled = withDefaults(r, rt.spec(), scope);
        if (filled != r) out = builder(out, fields, completed).put(f.name(), filled);
      } else if (present == null && f.defaultText().isPresent()) {
        Optional<Value> v = values.defaultOf(f, scope);
        if (v.isPresent()) out = builder(out, fields, completed).append(f.name(), v.get());
      }
    }
    return out == null ? record : new Value.Record(record.spec(), out.build(), record.span());
  }

  private static FieldMap.Builder builder(FieldMap.Builder made, Map<String, Value> fields, List<FieldSpec> completed) {
    if (made != null) return made;
    int missing = 0;
    for (int i = 0; i < completed.size(); i++) {
      FieldSpec f = completed.get(i);
      if (f.defaultText().isPresent() && !fields.containsKey(f.name())) missing++;
    }
    return FieldMap.builder(fields, missing);
  }

  /**
   * E0303 for each required field that is absent. {@code what} and {@code name} name the
   * declaration; {@code at} is where to point; {@code origin}, when not NONE, is the `from` line.
   * Static: the checker collects each declaration's findings apart and keeps them or not in declaration order.
   */
  static void requireFields(Value.Record record, RecordSpec spec, String what, String name, Span at, Span origin, Diagnostics diags) {
    List<FieldSpec> fields = spec.fields();
    for (int i = 0; i < fields.size(); i++) { // indexed, like withDefaults
      FieldSpec f = fields.get(i);
      if (!f.required() && !(f.type() instanceof Type.Record)) continue; // nothing to require
      Value v = record.fields().get(f.name());
      if (f.required() && (v == null || v instanceof Value.None)) {
        var d = Diagnostic.of(Code.E0303, at, what, name, f.name()).hint("add `" + f.name() + " = …` (" + f.doc() + ")");
        if (!origin.isNone()) d.label(origin, "nor does what it starts `from`");
        diags.add(d);
      }
      if (v instanceof Value.Record r && f.type() instanceof Type.Record rt) {
        requireFields(r, rt.spec(), "block", f.name(), r.span(), Span.NONE, diags);
      }
    }
  }
}
