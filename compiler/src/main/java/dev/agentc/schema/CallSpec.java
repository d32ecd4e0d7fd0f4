package dev.agentc.schema;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** One function-like form, e.g. `queue(store, name, length)`. */
public record CallSpec(String name, List<Param> params, String doc) {
  public CallSpec {
    params = List.copyOf(params);
  }

  /** A parameter; one with a default may be omitted or given by name (`header = "X-Key"`). */
  public record Param(String name, Type type, Optional<String> defaultText) {
    public static Param of(String name, Type type) { return new Param(name, type, Optional.empty()); }

    public static Param optional(String name, Type type, String defaultText) { return new Param(name, type, Optional.of(defaultText)); }
  }

  public String signature() {
    return name + "(" + params.stream().map(Param::name).collect(Collectors.joining(", ")) + ")";
  }

  public long requiredCount() { return params.stream().filter(p -> p.defaultText().isEmpty()).count(); }
}
