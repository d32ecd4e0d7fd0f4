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
import java.util.Optional;

/** Completes a merged record: fills defaults and reports missing required fields. */
final class Completion {
  private final Values values;

  Completion(Values values) { this.values = values; }

  /** Defaults filled, recursively into the record blocks that are present. */
  Value.Record withDefaults(Value.Record record, RecordSpec spec, Scope scope) {
    FieldMap.Builder out = FieldMap.builder(record.fields(), spec.fields().size());
    for (FieldSpec f : spec.fields()) {
      if (!(f.type() instanceof Type.Record) && f.defaultText().isEmpty()) continue; // nothing to fill
      Value present = out.get(f.name());
      if (present instanceof Value.Record r && f.type() instanceof Type.Record rt) {
        out.put(f.name(), withDefaults(r, rt.spec(), scope));
      } else if (present == null && f.defaultText().isPresent()) {
        Optional<Value> v = values.defaultOf(f, scope);
        if (v.isPresent()) out.append(f.name(), v.get());
      }
    }
    return new Value.Record(record.spec(), out.build(), record.span());
  }

  /**
   * E0303 for each required field that is absent. {@code what} and {@code name} name the
   * declaration; {@code at} is where to point; {@code origin}, when not NONE, is the `from` line.
   * Static: the checker collects each declaration's findings apart and keeps them or not in declaration order.
   */
  static void requireFields(Value.Record record, RecordSpec spec, String what, String name, Span at, Span origin, Diagnostics diags) {
    for (FieldSpec f : spec.fields()) {
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
