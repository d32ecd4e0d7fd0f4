package dev.agentc.target.kubernetes.apply;

import dev.agentc.apply.Change;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields that differ between the live object and what the server would hold after the apply
 * (its dry run), field by field. What the server changes on every write (managed fields,
 * resource version, generation, status) is left out, and the values of a Secret are never shown.
 */
final class FieldDiff {
  private static final Set<String> VOLATILE_METADATA = Set.of("managedFields", "resourceVersion", "generation", "uid", "creationTimestamp");
  static final String SENSITIVE = "(sensitive value)";

  private FieldDiff() {}

  static List<Change.FieldChange> of(GenericKubernetesResource live, GenericKubernetesResource after) {
    List<Change.FieldChange> out = new ArrayList<>();
    walk("", comparable(live), comparable(after), live.getKind().equals("Secret"), out);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> comparable(GenericKubernetesResource object) {
    Map<String, Object> tree = Desired.SERIALIZATION.convertValue(object, Map.class);
    tree.remove("status");
    if (tree.get("metadata") instanceof Map<?, ?> meta) VOLATILE_METADATA.forEach(meta::remove);
    return tree;
  }

  private static void walk(String path, Object before, Object after, boolean sensitive, List<Change.FieldChange> out) {
    if (Objects.equals(before, after)) return;
    if (before instanceof Map<?, ?> b && after instanceof Map<?, ?> a) {
      Set<String> keys = new TreeSet<>();
      b.keySet().forEach(k -> keys.add((String) k));
      a.keySet().forEach(k -> keys.add((String) k));
      for (String k : keys) walk(path.isEmpty() ? k : path + "." + k, b.get(k), a.get(k), sensitive, out);
      return;
    }
    if (before instanceof List<?> b && after instanceof List<?> a && b.size() == a.size()) {
      for (int i = 0; i < b.size(); i++) walk(path + "[" + i + "]", b.get(i), a.get(i), sensitive, out);
      return;
    }
    boolean hidden = sensitive && (path.startsWith("data.") || path.startsWith("stringData."));
    out.add(new Change.FieldChange(path, show(before, hidden), show(after, hidden)));
  }

  private static String show(Object value, boolean hidden) {
    if (value == null) return null;
    if (hidden) return SENSITIVE;
    return value instanceof String s ? Desired.SERIALIZATION.asJson(s) : Desired.SERIALIZATION.asJson(value);
  }
}
