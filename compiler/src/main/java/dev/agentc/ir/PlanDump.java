package dev.agentc.ir;

import dev.agentc.source.Span;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * A plan as indented text, one component a line, for golden tests and debugging: records show
 * their components, empty optionals and lists are left out, spans print as `@line:column`.
 */
public final class PlanDump {
  private PlanDump() {}

  public static String dump(Plan plan) {
    StringBuilder b = new StringBuilder();
    value(b, "plan", plan, 0);
    return b.toString();
  }

  private static void value(StringBuilder b, String label, Object v, int depth) {
    switch (v) {
      case null -> { }
      case Optional<?> o -> o.ifPresent(x -> value(b, label, x, depth));
      case Collection<?> c -> {
        if (c.isEmpty()) return;
        line(b, depth, label + ":");
        for (Object item : c) value(b, "-", item, depth + 1);
      }
      case Map<?, ?> m -> {
        if (m.isEmpty()) return;
        line(b, depth, label + ":");
        m.forEach((k, x) -> value(b, String.valueOf(k), x, depth + 1));
      }
      case Span s -> line(b, depth, label + " " + at(s));
      case Record r -> {
        RecordComponent[] components = r.getClass().getRecordComponents();
        StringBuilder head = new StringBuilder(label + " " + r.getClass().getSimpleName());
        for (RecordComponent c : components) {
          if (c.getType() == Span.class) head.append(' ').append(at((Span) get(r, c)));
        }
        line(b, depth, head.toString());
        for (RecordComponent c : components) {
          if (c.getType() != Span.class) value(b, c.getName(), get(r, c), depth + 1);
        }
      }
      default -> line(b, depth, label.equals("-") ? "- " + v : label + " = " + v);
    }
  }

  private static Object get(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String at(Span s) { return s.isNone() ? "@-" : "@" + s.line() + ":" + s.column(); }

  private static void line(StringBuilder b, int depth, String text) { b.append("  ".repeat(depth)).append(text).append('\n'); }
}
