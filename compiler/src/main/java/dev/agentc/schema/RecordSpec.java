package dev.agentc.schema;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of a declaration kind or a record block, in documentation order. */
public final class RecordSpec {
  private final String name;
  private final String doc;
  private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
  /** {@link #fields} wrapped once: the checker looks up every field it checks. */
  private final Map<String, Optional<FieldSpec>> lookups = new HashMap<>();
  /** Kept in step with {@link #fields}: the checker walks them for every declaration. */
  private List<FieldSpec> fieldList = List.of();
  private List<String> fieldNames = List.of();
  private List<FieldSpec> completed = List.of();

  RecordSpec(String name, String doc) {
    this.name = name;
    this.doc = doc;
  }

  public String name() { return name; }

  public String doc() { return doc; }

  public List<FieldSpec> fields() { return fieldList; }

  public Optional<FieldSpec> field(String fieldName) { return lookups.getOrDefault(fieldName, Optional.empty()); }

  /** The fields that completing a record fills in: those with a default, and record blocks (whose fields may have some). */
  public List<FieldSpec> completed() { return completed; }

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

  private static boolean isCompleted(FieldSpec f) { return f.defaultText().isPresent() || f.type() instanceof Type.Record; }

  private RecordSpec add(FieldSpec f) {
    if (fields.putIfAbsent(f.name(), f) != null) throw new IllegalStateException("field declared twice: " + name + "." + f.name());
    lookups.put(f.name(), Optional.of(f));
    fieldList = List.copyOf(fields.values());
    fieldNames = List.copyOf(fields.keySet());
    if (isCompleted(f)) completed = fieldList.stream().filter(RecordSpec::isCompleted).toList();
    return this;
  }
}
