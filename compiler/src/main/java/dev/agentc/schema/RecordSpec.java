package dev.agentc.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of a declaration kind or a record block, in documentation order. */
public final class RecordSpec {
  private final String name;
  private final String doc;
  private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
  /** Kept in step with {@link #fields}: the checker walks them for every declaration. */
  private List<FieldSpec> fieldList = List.of();
  private List<String> fieldNames = List.of();

  RecordSpec(String name, String doc) {
    this.name = name;
    this.doc = doc;
  }

  public String name() { return name; }

  public String doc() { return doc; }

  public List<FieldSpec> fields() { return fieldList; }

  public Optional<FieldSpec> field(String fieldName) { return Optional.ofNullable(fields.get(fieldName)); }

  public List<String> fieldNames() { return fieldNames; }

  // ---- declaring (used only by Schema while it builds itself)

  RecordSpec required(String field, Type type, String doc) { return add(new FieldSpec(field, type, true, Optional.empty(), Optional.empty(), doc)); }

  RecordSpec optional(String field, Type type, String doc) { return add(new FieldSpec(field, type, false, Optional.empty(), Optional.empty(), doc)); }

  RecordSpec withDefault(String field, Type type, String defaultText, String doc) {
    return add(new FieldSpec(field, type, false, Optional.of(defaultText), Optional.empty(), doc));
  }

  RecordSpec bounded(String field, Type type, FieldSpec.Bounds bounds, String doc) {
    return add(new FieldSpec(field, type, false, Optional.empty(), Optional.of(bounds), doc));
  }

  RecordSpec bounded(String field, Type type, String defaultText, FieldSpec.Bounds bounds, String doc) {
    return add(new FieldSpec(field, type, false, Optional.of(defaultText), Optional.of(bounds), doc));
  }

  private RecordSpec add(FieldSpec f) {
    if (fields.putIfAbsent(f.name(), f) != null) throw new IllegalStateException("field declared twice: " + name + "." + f.name());
    fieldList = List.copyOf(fields.values());
    fieldNames = List.copyOf(fields.keySet());
    return this;
  }
}
