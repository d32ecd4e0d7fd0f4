package dev.agentc.format;

import dev.agentc.syntax.Block;
import dev.agentc.syntax.Declaration;
import dev.agentc.syntax.Expr;
import dev.agentc.syntax.Let;
import dev.agentc.syntax.Member;
import dev.agentc.syntax.TopLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One-line renderings. Empty means the construct must not be put on one line: it holds a comment,
 * a multi-line raw string, or a block that may not be squeezed (see {@link Formatter}).
 */
final class Flat {
  private final Comments comments;

  Flat(Comments comments) { this.comments = comments; }

  Optional<String> expr(Expr e) {
    if (comments.anyWithin(e.span())) return Optional.empty();
    return switch (e) {
      case Expr.Number n -> Optional.of(n.text());
      case Expr.Quantity q -> Optional.of(Lexemes.quantity(q));
      case Expr.Bool b -> Optional.of(String.valueOf(b.value()));
      case Expr.None n -> Optional.of("none");
      case Expr.Range r -> Optional.of(r.low().text() + ".." + r.high().text());
      case Expr.Ref r -> Optional.of(r.name().text());
      case Expr.Str s -> string(s);
      case Expr.Call c -> all(c.args().stream().map(this::arg).toList()).map(args -> c.callee().text() + "(" + args + ")");
      case Expr.ListOf l -> all(l.items().stream().map(this::expr).toList()).map(items -> "[" + items + "]");
      case Expr.BlockValue b -> block(b.block());
      case Expr.Times t -> expr(t.left()).flatMap(l -> expr(t.right()).map(r -> l + " * " + Parens.wrap(t.right(), r)));
      case Expr.Negate n -> expr(n.operand()).map(o -> "-" + Parens.wrap(n.operand(), o));
      case Expr.Missing m -> throw new IllegalStateException("a tree with errors cannot be formatted");
    };
  }

  /**
   * A block fits on one line only when it is empty, or was written on one line, and each member is
   * `key = scalar`, `key = [scalars]` or a nested block that fits on one line too.
   */
  Optional<String> block(Block b) {
    if (comments.anyWithin(b.span())) return Optional.empty();
    if (b.members().isEmpty()) return Optional.of("{}");
    if (b.span().line() != b.span().endLine()) return Optional.empty();
    List<String> parts = new ArrayList<>();
    for (Member m : b.members()) {
      if (!(m instanceof Member.Field f) || !simple(f.value())) return Optional.empty();
      // `a = 1  USD = 2` would lex as the money `1  USD`: such keys go on their own lines.
      if (!parts.isEmpty() && (f.key().text().startsWith("USD") || f.key().text().startsWith("EUR"))) return Optional.empty();
      Optional<String> value = expr(f.value());
      if (value.isEmpty()) return Optional.empty();
      String sep = f.value() instanceof Expr.BlockValue ? " " : " = ";
      parts.add(key(f) + sep + value.get());
    }
    return Optional.of("{ " + String.join("  ", parts) + " }");
  }

  /** The whole of a `let` or declaration on one line, if it prints that way. */
  Optional<String> topLevel(TopLevel item) {
    if (comments.anyWithin(item.span())) return Optional.empty();
    return switch (item) {
      case Let l -> expr(l.value()).map(v -> "let " + l.name().text() + " = " + v);
      case Declaration d -> d.body().map(this::block).orElse(Optional.of("")).map(b -> header(d) + (b.isEmpty() ? "" : " " + b));
    };
  }

  private static String header(Declaration d) {
    return (d.isAbstract() ? "abstract " : "") + d.kind().text() + " " + d.name().text() + d.base().map(b -> " from " + b.text()).orElse("");
  }

  static String key(Member.Field f) { return f.quotedKey() ? Lexemes.quoted(f.key().text()) : f.key().text(); }

  private boolean simple(Expr e) {
    return switch (e) {
      case Expr.ListOf l -> l.items().stream().allMatch(Flat::scalar);
      case Expr.BlockValue b -> true;
      default -> scalar(e);
    };
  }

  private static boolean scalar(Expr e) {
    return switch (e) {
      case Expr.Number n -> true;
      case Expr.Quantity q -> true;
      case Expr.Bool b -> true;
      case Expr.None n -> true;
      case Expr.Range r -> true;
      case Expr.Ref r -> true;
      case Expr.Str s -> s.literal().isPresent();
      case Expr.Negate n -> scalar(n.operand());
      case Expr.Times t -> scalar(t.left()) && scalar(t.right());
      case Expr.Call c -> c.args().stream().allMatch(a -> scalar(a.value()));
      default -> false;
    };
  }

  private Optional<String> string(Expr.Str s) {
    if (s.literal().isPresent()) return Lexemes.plainString(s);
    StringBuilder sb = new StringBuilder(s.raw() ? "\"\"\"" : "\"");
    for (Expr.StrPart p : s.parts()) {
      switch (p) {
        case Expr.StrPart.Text t -> {
          if (s.raw() && (t.value().contains("\n") || t.value().contains("\r"))) return Optional.empty();
          sb.append(s.raw() ? t.value() : Lexemes.escaped(t.value()));
        }
        case Expr.StrPart.Interpolation i -> {
          Optional<String> inner = expr(i.expr());
          if (inner.isEmpty()) return Optional.empty();
          sb.append("${").append(inner.get()).append('}');
        }
      }
    }
    return Optional.of(sb.append(s.raw() ? "\"\"\"" : "\"").toString());
  }

  private Optional<String> arg(Expr.Arg a) {
    return expr(a.value()).map(v -> a.name().map(n -> n.text() + " = ").orElse("") + v);
  }

  private static Optional<String> all(List<Optional<String>> parts) {
    if (parts.stream().anyMatch(Optional::isEmpty)) return Optional.empty();
    return Optional.of(parts.stream().map(Optional::get).collect(Collectors.joining(", ")));
  }
}
