package dev.agentc.format;

import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import dev.agentc.syntax.Block;
import dev.agentc.syntax.Comment;
import dev.agentc.syntax.Declaration;
import dev.agentc.syntax.Doc;
import dev.agentc.syntax.Expr;
import dev.agentc.syntax.Ident;
import dev.agentc.syntax.Import;
import dev.agentc.syntax.Let;
import dev.agentc.syntax.Member;
import dev.agentc.syntax.ModuleClause;
import dev.agentc.syntax.Node;
import dev.agentc.syntax.QualifiedName;
import dev.agentc.syntax.SourceUnit;
import dev.agentc.syntax.TopLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Walks a syntax tree in source order and writes it in the canonical layout to an {@link Out}. */
final class Printer {
  private final SourceFile src;
  private final Out out;
  private final Flat flat;
  private final Comments comments;
  private final SourceUnit unit;

  Printer(SourceUnit unit) {
    this.unit = unit;
    this.comments = new Comments(unit.comments());
    this.src = unit.file();
    this.out = new Out(src, comments);
    this.flat = new Flat(comments);
  }

  String print() {
    // Imports stay in source order, even after declarations: moving one would move its comments.
    List<Node> entries = new ArrayList<>();
    unit.module().ifPresent(entries::add);
    List<Node> rest = new ArrayList<>(unit.imports());
    rest.addAll(unit.items());
    rest.sort(Comparator.comparingInt(n -> n.span().start()));
    entries.addAll(rest);
    Node prev = null;
    for (Node entry : entries) {
      if (prev != null) separate(prev, entry);
      switch (entry) {
        case ModuleClause m -> module(m);
        case Import i -> importDecl(i);
        case Let l -> let(l);
        case Declaration d -> declaration(d);
        default -> throw new IllegalStateException("unexpected top-level node " + entry);
      }
      prev = entry;
    }
    out.newline();
    return out.finish();
  }

  /** Imports run together; one-line items written on adjacent lines stay together; all else gets a blank line. */
  private void separate(Node prev, Node next) {
    boolean together = prev instanceof Import && next instanceof Import
        || prev instanceof TopLevel p && next instanceof TopLevel n && compact(p) && compact(n)
            && !Comments.blankLineBetween(src, p.span().end(), n.span().start());
    if (together) out.newline();
    else out.blankLine();
  }

  private boolean compact(TopLevel item) {
    return flat.topLevel(item).filter(s -> s.codePointCount(0, s.length()) <= Out.WIDTH).isPresent();
  }

  private void module(ModuleClause m) {
    keyword("module", m.span());
    out.punct(" ");
    qualified(m.name());
  }

  private void importDecl(Import i) {
    keyword("import", i.span());
    out.punct(" ");
    qualified(i.module());
    i.alias().ifPresent(a -> {
      out.punct(" as ");
      ident(a);
    });
    if (i.isSelective()) {
      out.openerPunct(".{");
      for (int k = 0; k < i.selected().size(); k++) {
        if (k > 0) out.punct(", ");
        ident(i.selected().get(k));
      }
      out.closer("}", i.span().end() - 1);
    }
  }

  private void let(Let l) {
    keepDocApart(l.doc(), l.span());
    keyword("let", l.span());
    out.punct(" ");
    ident(l.name());
    out.punct(" = ");
    expr(l.value());
  }

  private void declaration(Declaration d) {
    keepDocApart(d.doc(), d.span());
    if (d.isAbstract()) {
      keyword("abstract", d.span());
      out.punct(" ");
    }
    ident(d.kind());
    out.punct(" ");
    ident(d.name());
    d.base().ifPresent(b -> {
      out.punct(" from ");
      qualified(b);
    });
    d.body().ifPresent(b -> {
      out.punct(" ");
      block(b);
    });
  }

  private void block(Block b) {
    Span s = b.span();
    if (writeFlat(flat.block(b), s)) return;
    out.opener("{", s.start());
    out.indent();
    for (Member m : b.members()) {
      out.newline();
      member(m);
    }
    close("}", s);
  }

  private void member(Member m) {
    keepDocApart(m.doc(), m.span());
    switch (m) {
      case Member.Field f -> {
        out.token(Flat.key(f), f.key().span().start(), f.key().span().end());
        if (f.value() instanceof Expr.BlockValue v) {
          out.punct(" ");
          block(v.block());
        } else {
          out.punct(" = ");
          expr(f.value());
        }
      }
      case Member.Override o -> {
        keyword("override", o.span());
        out.punct(" ");
        ident(o.target());
        out.punct(" ");
        block(o.body());
      }
    }
  }

  private void expr(Expr e) {
    switch (e) {
      case Expr.Number n -> token(n.text(), n.span());
      case Expr.Quantity q -> token(Lexemes.quantity(q), q.span());
      case Expr.Bool b -> token(String.valueOf(b.value()), b.span());
      case Expr.None n -> token("none", n.span());
      case Expr.Range r -> {
        token(r.low().text(), r.low().span());
        out.punct("..");
        token(r.high().text(), r.high().span());
      }
      case Expr.Ref r -> qualified(r.name());
      case Expr.Str s -> string(s);
      case Expr.Call c -> call(c);
      case Expr.ListOf l -> list(l);
      case Expr.BlockValue b -> block(b.block());
      case Expr.Times t -> {
        expr(t.left());
        out.punct(" * ");
        operand(t.right());
      }
      case Expr.Negate n -> {
        out.token("-", n.span().start(), n.span().start() + 1);
        operand(n.operand());
      }
      case Expr.Missing m -> throw new IllegalStateException("a tree with errors cannot be formatted");
    }
  }

  /**
   * A `///` comment is a construct's doc only when nothing but comments stands between them. When
   * the source had a `;` or `,` between stray `///` lines and the construct, dropping that
   * separator would turn them into its doc, so a `;` is kept on a line of its own.
   */
  private void keepDocApart(Optional<Doc> doc, Span construct) {
    List<Comment> before = comments.peekBefore(construct.start());
    int docRun = 0;
    while (docRun < before.size() && before.get(before.size() - 1 - docRun).isDoc()) docRun++;
    int own = doc.map(d -> d.text().split("\n", -1).length).orElse(0);
    if (docRun <= own) return;
    int firstOwn = before.size() - own;
    out.flushComments(firstOwn < before.size() ? before.get(firstOwn).span().start() : construct.start());
    // A `///` left on a line of its own would document the construct; a separator keeps it apart.
    // One that joined the code before it is that code's trailing comment already.
    if (out.lastCommentTrailing()) return;
    out.punct(";");
    out.newline();
  }

  private void operand(Expr e) {
    if (!Parens.needed(e)) {
      expr(e);
      return;
    }
    out.openerPunct("(");
    expr(e);
    out.punct(")");
  }

  private void list(Expr.ListOf l) {
    if (writeFlat(flat.expr(l), l.span())) return;
    out.opener("[", l.span().start());
    out.indent();
    for (Expr item : l.items()) {
      out.newline();
      expr(item);
      out.punct(",");
    }
    close("]", l.span());
  }

  private void call(Expr.Call c) {
    if (writeFlat(flat.expr(c), c.span())) return;
    qualified(c.callee());
    out.openerPunct("(");
    out.indent();
    for (Expr.Arg a : c.args()) {
      out.newline();
      a.name().ifPresent(n -> {
        ident(n);
        out.punct(" = ");
      });
      expr(a.value());
      out.punct(",");
    }
    close(")", c.span());
  }

  private void string(Expr.Str s) {
    String quote = s.raw() ? "\"\"\"" : "\"";
    Optional<String> literal = s.literal();
    if (literal.isPresent()) {
      token(quote + (s.raw() ? literal.get() : Lexemes.escaped(literal.get())) + quote, s.span());
      return;
    }
    out.token(quote, s.span().start(), s.span().start() + quote.length());
    for (Expr.StrPart p : s.parts()) {
      switch (p) {
        case Expr.StrPart.Text t -> out.punct(s.raw() ? t.value() : Lexemes.escaped(t.value()));
        case Expr.StrPart.Interpolation i -> {
          out.punct("${");
          expr(i.expr());
          out.closer("}", i.span().end() - 1);
        }
      }
    }
    out.closer(quote, s.span().end() - quote.length());
  }

  /** Writes the one-line form when there is one and it fits where the construct starts. */
  private boolean writeFlat(Optional<String> text, Span span) {
    out.prepare(span.start());
    if (text.isEmpty() || !out.fits(text.get())) return false;
    out.token(text.get(), span.start(), span.end());
    return true;
  }

  /** Ends a construct laid out one item per line: the comments before its closer stay inside it. */
  private void close(String closer, Span span) {
    out.newline();
    out.flushComments(span.end() - 1);
    out.dedent();
    out.closer(closer, span.end() - 1);
  }

  private void qualified(QualifiedName q) {
    for (int k = 0; k < q.parts().size(); k++) {
      if (k > 0) out.punct(".");
      ident(q.parts().get(k));
    }
  }

  private void ident(Ident i) { token(i.text(), i.span()); }

  private void keyword(String word, Span startingAt) { out.token(word, startingAt.start(), startingAt.start() + word.length()); }

  private void token(String text, Span span) { out.token(text, span.start(), span.end()); }
}
