package dev.agentc.model;

import dev.agentc.source.Span;
import java.util.Optional;

/**
 * A checked declaration with `from` applied and defaults filled in: its kind, id
 * (`module.name`), and fields as typed values. {@code nameSpan} points at its name.
 */
public record Entity(
    String kind, String id, String module, String name, boolean isAbstract, Optional<String> doc, Value.Record fields, Span nameSpan, Span span) {

  public Optional<Value> get(String field) { return fields.get(field); }

  public Entity withFields(Value.Record newFields) {
    return new Entity(kind, id, module, name, isAbstract, doc, newFields, nameSpan, span);
  }
}
