package dev.agentc.lsp;

import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import dev.agentc.syntax.Block;
import dev.agentc.syntax.Comment;
import dev.agentc.syntax.Declaration;
import dev.agentc.syntax.Expr;
import dev.agentc.syntax.Ident;
import dev.agentc.syntax.Import;
import dev.agentc.syntax.Let;
import dev.agentc.syntax.Member;
import dev.agentc.syntax.QualifiedName;
import dev.agentc.syntax.SourceUnit;
import dev.agentc.syntax.TopLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * Semantic tokens from the syntax tree: declaration kinds, names of declarations, fields,
 * references (names that resolve) and enum values (names that do not), numbers, strings,
 * comments. Tokens spanning several lines are left to the TextMate grammar.
 */
final class Highlighting {
  enum TokenType { KEYWORD, CLASS, PROPERTY, VARIABLE, ENUM_MEMBER, NUMBER, STRING, COMMENT, FUNCTION, NAMESPACE }

  static final SemanticTokensLegend LEGEND = new SemanticTokensLegend(
      List.of("keyword", "class", "property", "variable", "enumMember", "number", "string", "comment", "function", "namespace"),
      List.of());

  private record Token(Span span, TokenType type) {}

  private final List<Token> tokens = new ArrayList<>();
  private final Predicate<Span> resolves;

  private Highlighting(Predicate<Span> resolves) { this.resolves = resolves; }

  /** The encoded tokens of a file; {@code resolves} tells whether a name is a reference. */
  static List<Integer> of(SourceUnit unit, Predicate<Span> resolves, Positions positions) {
    Highlighting t = new Highlighting(resolves);
    t.unit(unit);
    return t.encode(unit.file(), positions);
  }

  private void unit(SourceUnit unit) {
    unit.module().ifPresent(m -> name(m.name(), TokenType.NAMESPACE));
    for (Import imp : unit.imports()) {
      name(imp.module(), TokenType.NAMESPACE);
      imp.alias().ifPresent(a -> add(a, TokenType.NAMESPACE));
      for (Ident i : imp.selected()) add(i, TokenType.VARIABLE);
    }
    for (TopLevel item : unit.items()) {
      switch (item) {
        case Declaration d -> {
          add(d.kind(), TokenType.KEYWORD);
          add(d.name(), TokenType.CLASS);
          d.base().ifPresent(b -> name(b, TokenType.CLASS));
          d.body().ifPresent(this::block);
        }
        case Let l -> {
          add(l.name(), TokenType.VARIABLE);
          expr(l.value());
        }
      }
    }
    for (Comment c : unit.comments()) tokens.add(new Token(c.span(), TokenType.COMMENT));
  }

  private void block(Block b) {
    for (Member m : b.members()) {
      switch (m) {
        case Member.Field f -> {
          tokens.add(new Token(f.key().span(), f.quotedKey() ? TokenType.STRING : TokenType.PROPERTY));
          expr(f.value());
        }
        case Member.Override o -> {
          add(o.target(), TokenType.CLASS);
          block(o.body());
        }
      }
    }
  }

  private void expr(Expr e) {
    switch (e) {
      case Expr.Number n -> tokens.add(new Token(n.span(), TokenType.NUMBER));
      case Expr.Quantity q -> tokens.add(new Token(q.span(), TokenType.NUMBER));
      case Expr.Str s -> {
        for (Expr.StrPart p : s.parts()) {
          switch (p) {
            case Expr.StrPart.Text t -> { }
            case Expr.StrPart.Interpolation i -> expr(i.expr());
          }
        }
        if (s.parts().stream().noneMatch(p -> p instanceof Expr.StrPart.Interpolation)) tokens.add(new Token(s.span(), TokenType.STRING));
      }
      case Expr.Bool b -> tokens.add(new Token(b.span(), TokenType.KEYWORD));
      case Expr.None n -> tokens.add(new Token(n.span(), TokenType.KEYWORD));
      case Expr.Range r -> {
        expr(r.low());
        expr(r.high());
      }
      case Expr.Ref r -> {
        for (Ident part : r.name().parts()) add(part, resolves.test(part.span()) ? TokenType.VARIABLE : TokenType.ENUM_MEMBER);
      }
      case Expr.Call c -> {
        add(c.callee().last(), TokenType.FUNCTION);
        for (Expr.Arg a : c.args()) {
          a.name().ifPresent(n -> add(n, TokenType.PROPERTY));
          expr(a.value());
        }
      }
      case Expr.ListOf l -> l.items().forEach(this::expr);
      case Expr.BlockValue b -> block(b.block());
      case Expr.Times t -> {
        expr(t.left());
        expr(t.right());
      }
      case Expr.Negate n -> expr(n.operand());
      case Expr.Missing m -> { }
    }
  }

  private void name(QualifiedName q, TokenType type) { q.parts().forEach(p -> add(p, type)); }

  private void add(Ident i, TokenType type) { if (i.span().length() > 0) tokens.add(new Token(i.span(), type)); }

  private List<Integer> encode(SourceFile file, Positions positions) {
    tokens.sort(Comparator.comparingInt((Token t) -> t.span().start()).thenComparingInt(t -> t.span().end()));
    List<Integer> data = new ArrayList<>();
    int line = 0;
    int column = 0;
    int lastEnd = -1;
    for (Token t : tokens) {
      if (t.span().line() != t.span().endLine() || t.span().start() < lastEnd || t.span().length() == 0) continue;
      Position from = positions.position(file, t.span().start());
      Position to = positions.position(file, t.span().end());
      data.add(from.getLine() - line);
      data.add(from.getLine() == line ? from.getCharacter() - column : from.getCharacter());
      data.add(to.getCharacter() - from.getCharacter());
      data.add(t.type().ordinal());
      data.add(0);
      line = from.getLine();
      column = from.getCharacter();
      lastEnd = t.span().end();
    }
    return data;
  }
}
