package dev.agentc.lsp;

import dev.agentc.model.Value;
import java.util.stream.Collectors;

/** A checked value written back as `.agent` source, for hovers. */
final class ValueText {
  private ValueText() {}

  static String of(Value v) {
    return switch (v) {
      case Value.Str s -> '"' + s.value().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
      case Value.Int i -> Long.toString(i.value());
      case Value.Dec d -> d.value().toPlainString();
      case Value.Bool b -> Boolean.toString(b.value());
      case Value.Quantity q -> q.text();
      case Value.Price p -> p.text();
      case Value.Rate r -> r.text();
      case Value.Range r -> r.low() + ".." + r.high();
      case Value.ListOf l -> l.items().stream().map(ValueText::of).collect(Collectors.joining(", ", "[", "]"));
      case Value.MapOf m -> m.entries().stream().map(e -> e.key() + " = " + of(e.value())).collect(Collectors.joining("  ", "{ ", " }"));
      case Value.Record r -> r.fields().entrySet().stream().map(e -> e.getKey() + " = " + of(e.getValue())).collect(Collectors.joining("  ", "{ ", " }"));
      case Value.Ref r -> r.name();
      case Value.Enum e -> e.value();
      case Value.Call c -> c.name() + c.args().stream().map(ValueText::of).collect(Collectors.joining(", ", "(", ")"));
      case Value.Gpu g -> g.count() + " * " + g.gpu().name();
      case Value.None n -> "none";
    };
  }
}
