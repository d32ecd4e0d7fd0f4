package dev.agentc.schema;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The types of LANGUAGE.md §5, as the schema declares them. */
public sealed interface Type {
  /** How the type reads in a message: "a Memory (Ki, Mi, Gi, Ti, KB, MB, GB, TB)". */
  String describe();

  enum Prim implements Type {
    STRING("a String"), INT("an Int"), DECIMAL("a Decimal"), BOOL("a Bool (`true` or `false`)"), CPU("a Cpu (decimal cores, e.g. `0.5`)");

    private final String text;

    Prim(String text) { this.text = text; }

    @Override public String describe() { return text; }
  }

  /** A number with a unit of one family; COUNT also takes a plain number. */
  record Quantity(UnitFamily family) implements Type {
    @Override public String describe() { return family.describe(); }
  }

  /** Money per time: `0.5 USD/h`, `500 USD/month`. */
  record Price() implements Type {
    @Override public String describe() { return "a Price (money per time, e.g. `0.5 USD/h`, `500 USD/month`)"; }
  }

  /** Count per time: `100/min`. */
  record Rate() implements Type {
    @Override public String describe() { return "a Rate (count per time, e.g. `100/min`)"; }
  }

  /** An inclusive integer range `3..20`. */
  record IntRange() implements Type {
    @Override public String describe() { return "a Range (e.g. `3..20`)"; }
  }

  record ListOf(Type element) implements Type {
    @Override public String describe() { return "a List of " + strip(element.describe()); }
  }

  /** A map written as a block: `{ key = value }`. Keys are names, or resolved as {@code keys} says. */
  record MapOf(Type keys, Type values) implements Type {
    @Override public String describe() { return "a Map of " + strip(keys.describe()) + " to " + strip(values.describe()); }
  }

  /** A block with a schema of its own (`resources { … }`): merged field by field by `from`. */
  record Record(RecordSpec spec) implements Type {
    @Override public String describe() { return "a `" + spec.name() + " { … }` block"; }
  }

  /** A reference to a declaration of one of these kinds. */
  record Ref(Set<String> kinds) implements Type {
    public static Ref to(String... kinds) { return new Ref(Set.of(kinds)); }

    @Override public String describe() {
      return kinds.stream().sorted().map(k -> "a " + k).collect(Collectors.joining(" or "));
    }
  }

  /** Bare identifiers from a fixed set. */
  record Enum(String name, List<String> values) implements Type {
    @Override public String describe() { return "one of " + String.join(", ", values); }
  }

  /** Function-like values: `rps(100)`, `bearer(k)`, plus bare values such as `none` or `round_robin`. */
  record Calls(String name, List<CallSpec> calls, List<String> bare) implements Type {
    @Override public String describe() {
      List<String> forms = new java.util.ArrayList<>(calls.stream().map(CallSpec::signature).toList());
      forms.addAll(bare);
      return "one of " + String.join(", ", forms);
    }
  }

  /** `N * gpu` or a bare GPU (one device). */
  record GpuRequest() implements Type {
    @Override public String describe() { return "a GPU request (e.g. `1 * H100_80GB`)"; }
  }

  /** Any of several types, tried in order. */
  record Union(List<Type> options) implements Type {
    @Override public String describe() { return options.stream().map(Type::describe).collect(Collectors.joining(" or ")); }
  }

  private static String strip(String article) {
    return article.startsWith("a ") ? article.substring(2) : article.startsWith("an ") ? article.substring(3) : article;
  }
}
