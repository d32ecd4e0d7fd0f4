package dev.agentc.target.pulumi;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.lang.model.SourceVersion;

/**
 * Java code that builds, with pulumi-kubernetes' argument builders, the value of one field of a
 * Kubernetes object. It walks the object's JSON tree — exactly what the Kubernetes target writes
 * as YAML — and takes each field's type from the fabric8 class the tree was written from, so a
 * nested object becomes its `…Args.builder()`, a quantity its text, and the untyped parts (the
 * specs of custom resources) `Map.of` and `List.of` literals.
 */
final class ArgsCode {
  private static final ObjectMapper INTROSPECTION = new ObjectMapper();
  /** `Map.of` takes at most ten entries; longer maps use `Map.ofEntries`. */
  private static final int MAP_OF_LIMIT = 10;

  private final Map<Class<?>, Map<String, JavaType>> properties = new ConcurrentHashMap<>();

  /**
   * `args.builder().field(…)….build()` for the fields of {@code node} (a {@code type}) not in
   * {@code skip}, then {@code more} calls (`.field(value)`) for fields the object does not hold.
   */
  CodeBlock builder(ClassName args, JsonNode node, Class<?> type, Set<String> skip, CodeBlock... more) {
    Map<String, JavaType> fields = properties.computeIfAbsent(type, ArgsCode::introspect);
    CodeBlock.Builder b = CodeBlock.builder().add("$T.builder()", args).indent();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (skip.contains(field.getKey())) continue;
      JavaType fieldType = fields.get(field.getKey());
      if (fieldType == null) throw new IllegalStateException(type.getSimpleName() + " has no field `" + field.getKey() + "`");
      b.add("\n.$L(", method(field.getKey())).add(argument(field.getValue(), fieldType)).add(")");
    }
    for (CodeBlock call : more) b.add("\n").add(call);
    return b.add("\n.build()").unindent().build();
  }

  /** A builder method: the field's name, with `_` after a Java keyword (`default_`), as pulumi names it. */
  private static String method(String field) { return SourceVersion.isKeyword(field) ? field + "_" : field; }

  /** What a builder method is passed: a list's elements as varargs, any other value as itself. */
  private CodeBlock argument(JsonNode node, JavaType type) {
    if (!type.isCollectionLikeType()) return value(node, type);
    if (node.isEmpty()) return CodeBlock.of("$T.of()", List.class);
    List<CodeBlock> elements = new ArrayList<>();
    node.forEach(e -> elements.add(value(e, type.getContentType())));
    return elements(elements);
  }

  private CodeBlock value(JsonNode node, JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw == String.class || raw == Quantity.class) return CodeBlock.of("$S", node.asText());
    if (raw == IntOrString.class) return node.isNumber() ? CodeBlock.of("$L", node.intValue()) : CodeBlock.of("$S", node.asText());
    if (raw == Integer.class || raw == Long.class || raw == Boolean.class) return CodeBlock.of("$L", node.asText());
    if (raw == Double.class || raw == Float.class) return CodeBlock.of("$L", Double.toString(node.doubleValue()));
    if (type.isCollectionLikeType()) return CodeBlock.builder().add("$T.of(", List.class).add(argument(node, type)).add(")").build();
    if (type.isMapLikeType()) return map(node, type.getContentType());
    if (KubernetesResource.class.isAssignableFrom(raw)) return builder(PulumiTypes.inputArgs(raw), node, raw, Set.of());
    if (raw == Object.class) return literal(node);
    throw new IllegalStateException("no pulumi form for " + type);
  }

  private CodeBlock map(JsonNode node, JavaType valueType) {
    List<Map.Entry<String, CodeBlock>> entries = new ArrayList<>();
    node.properties().forEach(e -> entries.add(Map.entry(e.getKey(), value(e.getValue(), valueType))));
    return map(entries, "");
  }

  /**
   * Plain Java for an untyped JSON value: maps, lists, strings, numbers and booleans. Maps and
   * lists name their element types: inferring them through deeply nested literals makes javac slow.
   */
  static CodeBlock literal(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> {
        List<Map.Entry<String, CodeBlock>> entries = new ArrayList<>();
        node.properties().forEach(e -> entries.add(Map.entry(e.getKey(), literal(e.getValue()))));
        yield map(entries, "<String, Object>");
      }
      case ARRAY -> {
        List<CodeBlock> elements = new ArrayList<>();
        node.forEach(e -> elements.add(literal(e)));
        yield CodeBlock.builder().add("$T.<Object>of(", List.class).add(elements(elements)).add(")").build();
      }
      case STRING -> CodeBlock.of("$S", node.textValue());
      case NUMBER -> CodeBlock.of("$L", node.isIntegralNumber() ? node.asText() : Double.toString(node.doubleValue()));
      case BOOLEAN -> CodeBlock.of("$L", node.booleanValue());
      default -> throw new IllegalStateException("no Java literal for " + node.getNodeType());
    };
  }

  /** `Map.of(…)` ({@code typeArguments} before `of`), one entry per line when there are several; `Map.ofEntries(…)` past ten. */
  private static CodeBlock map(List<Map.Entry<String, CodeBlock>> entries, String typeArguments) {
    if (entries.isEmpty()) return CodeBlock.of("$T.$Lof()", Map.class, typeArguments);
    boolean many = entries.size() > MAP_OF_LIMIT;
    CodeBlock.Builder b = CodeBlock.builder().add(many ? "$T.$LofEntries(" : "$T.$Lof(", Map.class, typeArguments);
    if (entries.size() == 1) return b.add("$S, ", entries.get(0).getKey()).add(entries.get(0).getValue()).add(")").build();
    b.indent();
    for (int i = 0; i < entries.size(); i++) {
      Map.Entry<String, CodeBlock> e = entries.get(i);
      b.add(i == 0 ? "\n" : ",\n");
      if (many) b.add("$T.entry($S, ", Map.class, e.getKey()).add(e.getValue()).add(")");
      else b.add("$S, ", e.getKey()).add(e.getValue());
    }
    return b.unindent().add(")").build();
  }

  /** Elements separated by `, `, or one per line when there are several that span lines. */
  private static CodeBlock elements(List<CodeBlock> elements) {
    boolean multiline = elements.size() > 1 && elements.stream().anyMatch(e -> e.toString().contains("\n"));
    if (!multiline) return CodeBlock.join(elements, ", ");
    CodeBlock.Builder b = CodeBlock.builder().indent();
    for (int i = 0; i < elements.size(); i++) b.add(i == 0 ? "\n" : ",\n").add(elements.get(i));
    return b.unindent().build();
  }

  /** The JSON name and type of every property of a fabric8 model class. */
  private static Map<String, JavaType> introspect(Class<?> type) {
    Map<String, JavaType> out = new HashMap<>();
    for (BeanPropertyDefinition p : INTROSPECTION.getSerializationConfig().introspect(INTROSPECTION.constructType(type)).findProperties()) {
      out.put(p.getName(), p.getPrimaryType());
    }
    return out;
  }
}
