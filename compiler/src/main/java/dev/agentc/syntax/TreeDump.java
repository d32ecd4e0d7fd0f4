package dev.agentc.syntax;

import java.util.Optional;

/**
 * A canonical S-expression of a syntax tree for comparing trees: spans, comments and the file are
 * left out, docs are kept as their text. Each node starts a line; atoms follow its head.
 */
public final class TreeDump {
  private final StringBuilder out = new StringBuilder();
  private int depth;

  private TreeDump() {}

  public static String of(SourceUnit unit) {
    TreeDump d = new TreeDump();
    d.unit(unit);
    return d.out.toString();
  }

  private void unit(SourceUnit u) {
    open("unit");
    u.module().ifPresent(m -> leaf("module", m.name().text()));
    for (Import i : u.imports()) {
      open("import", i.module().text());
      i.alias().ifPresent(a -> leaf("as", a.text()));
      for (Ident s : i.selected()) leaf("select", s.text());
      close();
    }
    for (TopLevel item : u.items()) {
      switch (item) {
        case Let l -> {
          open("let", l.name().text());
          doc(l.doc());
          expr(l.value());
        }
        case Declaration d -> {
          open("decl", d.isAbstract() ? "abstract" : "concrete", d.kind().text(), d.name().text());
          doc(d.doc());
          d.base().ifPresent(b -> leaf("from", b.text()));
          d.body().ifPresent(this::block);
        }
      }
      close();
    }
    close();
  }

  private void block(Block b) {
    open("block");
    for (Member m : b.members()) {
      switch (m) {
        case Member.Field f -> {
          open("field", quote(f.key().text()), f.quotedKey() ? "quoted" : "bare");
          doc(f.doc());
          expr(f.value());
        }
        case Member.Override o -> {
          open("override", o.target().text());
          doc(o.doc());
          block(o.body());
        }
      }
      close();
    }
    close();
  }

  private void expr(Expr e) {
    switch (e) {
      case Expr.Number n -> leaf("num", quote(n.text()));
      case Expr.Quantity q -> leaf("qty", quote(digits(q.text())), quote(q.unit()), quote(q.per().orElse("")));
      case Expr.Str s -> {
        open("str", s.raw() ? "raw" : "plain");
        for (Expr.StrPart p : s.parts()) {
          switch (p) {
            case Expr.StrPart.Text t -> leaf("text", quote(t.value()));
            case Expr.StrPart.Interpolation i -> {
              open("interp");
              expr(i.expr());
              close();
            }
          }
        }
        close();
      }
      case Expr.Bool b -> leaf("bool", String.valueOf(b.value()));
      case Expr.None n -> leaf("none");
      case Expr.Range r -> leaf("range", quote(r.low().text()), quote(r.high().text()));
      case Expr.Ref r -> leaf("ref", r.name().text());
      case Expr.Call c -> {
        open("call", c.callee().text());
        for (Expr.Arg a : c.args()) {
          open("arg", a.name().map(Ident::text).orElse("_"));
          expr(a.value());
          close();
        }
        close();
      }
      case Expr.ListOf l -> {
        open("list");
        l.items().forEach(this::expr);
        close();
      }
      case Expr.BlockValue b -> block(b.block());
      case Expr.Times t -> {
        open("times");
        expr(t.left());
        expr(t.right());
        close();
      }
      case Expr.Negate n -> {
        open("neg");
        expr(n.operand());
        close();
      }
      case Expr.Missing m -> leaf("missing");
    }
  }

  /** The number as written, without the unit: `500 USD` and `500USD` are the same quantity. */
  private static String digits(String quantity) {
    int i = 0;
    while (i < quantity.length() && (Character.isDigit(quantity.charAt(i)) || quantity.charAt(i) == '_' || quantity.charAt(i) == '.')) i++;
    return quantity.substring(0, i);
  }

  private void doc(Optional<Doc> doc) { doc.ifPresent(d -> leaf("doc", quote(d.text()))); }

  private void open(String head, String... atoms) {
    if (!out.isEmpty()) out.append('\n');
    out.append("  ".repeat(depth)).append('(').append(head);
    for (String a : atoms) out.append(' ').append(a);
    depth++;
  }

  private void close() {
    out.append(')');
    depth--;
  }

  private void leaf(String head, String... atoms) {
    open(head, atoms);
    close();
  }

  /** A Java-style quoted string, so any text (newlines, quotes, control characters) reads unambiguously. */
  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      if (cp == '"' || cp == '\\') sb.append('\\').appendCodePoint(cp);
      else if (cp < 0x20 || cp == 0x7f || cp >= 0xD800 && cp <= 0xDFFF) sb.append(String.format("\\u{%x}", cp));
      else sb.appendCodePoint(cp);
    });
    return sb.append('"').toString();
  }
}
