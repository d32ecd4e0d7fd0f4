package dev.agentc.syntax;

import dev.agentc.source.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Expressions. There is no arithmetic but `N * x` and unary minus, so evaluation always ends. */
public sealed interface Expr extends Node {

  /** `42`, `0.5`, `1_000`; {@code text} is the source spelling. */
  record Number(BigDecimal value, String text, Span span) implements Expr {
    public boolean isInteger() { return value.stripTrailingZeros().scale() <= 0 && !text.contains("."); }
  }

  /**
   * A number with a unit and/or a rate: `8Gi` (unit Gi), `70%`, `500 USD/month` (unit USD, per
   * month), `100/min` (no unit, per min). {@code unit} is "" when only a rate is given;
   * {@code per} is empty when there is no rate.
   */
  record Quantity(BigDecimal value, String unit, Optional<String> per, String text, Span span) implements Expr {}

  /** A string, possibly with `${…}` parts; {@code raw} for `"""…"""`. */
  record Str(List<StrPart> parts, boolean raw, Span span) implements Expr {
    public Str {
      parts = List.copyOf(parts);
    }

    /** The text when there is no interpolation. */
    public Optional<String> literal() {
      StringBuilder sb = new StringBuilder();
      for (StrPart p : parts) {
        if (p instanceof StrPart.Text t) sb.append(t.value());
        else return Optional.empty();
      }
      return Optional.of(sb.toString());
    }
  }

  /** A piece of a string. */
  sealed interface StrPart extends Node {
    /** Literal text with escapes already decoded. */
    record Text(String value, Span span) implements StrPart {}

    /** `${expr}`. */
    record Interpolation(Expr expr, Span span) implements StrPart {}
  }

  record Bool(boolean value, Span span) implements Expr {}

  /** `none`: clears an optional field. */
  record None(Span span) implements Expr {}

  /** `3..20`. */
  record Range(Number low, Number high, Span span) implements Expr {}

  /** A reference: `llama3_8b`, `gpu.H100_80GB`. */
  record Ref(QualifiedName name, Span span) implements Expr {}

  /** `rps(100)`, `api_key(k, header = "X")`, `intent(gpt4)`. */
  record Call(QualifiedName callee, List<Arg> args, Span span) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** A call argument, optionally named. */
  record Arg(Optional<Ident> name, Expr value, Span span) implements Node {}

  record ListOf(List<Expr> items, Span span) implements Expr {
    public ListOf {
      items = List.copyOf(items);
    }
  }

  /** `{ members }` used as a value: a record or a map. */
  record BlockValue(Block block, Span span) implements Expr {}

  /** `N * x`. */
  record Times(Expr left, Expr right, Span span) implements Expr {}

  /** `-x`. */
  record Negate(Expr operand, Span span) implements Expr {}

  /** Stands where the parser recovered from an error; the error was already reported. */
  record Missing(Span span) implements Expr {}
}
