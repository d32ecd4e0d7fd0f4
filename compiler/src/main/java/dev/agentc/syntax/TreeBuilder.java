package dev.agentc.syntax;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.grammar.AgentLexer;
import dev.agentc.grammar.AgentParser;
import dev.agentc.grammar.AgentParser.*;
import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * ANTLR parse tree to {@link SourceUnit}. Tolerates the partial trees of error recovery: a
 * missing piece becomes {@link Expr.Missing} or is left out, since its error is already reported.
 */
final class TreeBuilder {
  private final SourceFile file;
  private final BufferedTokenStream tokens;
  private final List<Diagnostic> diags;
  private final Names names;
  /** The span made last, see {@link #span(int, int)}. */
  private Span lastSpan;
  /** One value per distinct number spelling: most files repeat a few numbers. */
  private final Map<String, BigDecimal> decimals = new HashMap<>();

  TreeBuilder(SourceFile file, BufferedTokenStream tokens, List<Diagnostic> diags) {
    this.file = file;
    this.tokens = tokens;
    this.diags = diags;
    this.names = new Names(file);
  }

  static SourceUnit empty(SourceFile file) {
    return new SourceUnit(file, Optional.empty(), List.of(), List.of(), List.of(), file.span(0, file.length()));
  }

  SourceUnit file(FileContext ctx) {
    Optional<ModuleClause> module = Optional.empty();
    List<Import> imports = new ArrayList<>();
    List<TopLevel> items = new ArrayList<>();
    for (ItemContext item : ctx.item()) {
      // an item holds at most one rule: the alternative the parser took
      ParserRuleContext decl = null;
      for (int c = 0; c < item.getChildCount() && decl == null; c++) {
        if (item.getChild(c) instanceof ParserRuleContext r) decl = r;
      }
      if (decl instanceof ModuleDeclContext m && m.qualifiedName() != null) {
        ModuleClause clause = new ModuleClause(qualified(m.qualifiedName()), span(m));
        if (module.isPresent()) {
          diags.add(Diagnostic.of(Code.E0108, clause.span(), "a file has at most one `module` clause")
              .label(module.get().span(), "the first one is here").build());
        } else if (!imports.isEmpty() || !items.isEmpty()) {
          diags.add(Diagnostic.of(Code.E0108, clause.span(), "the `module` clause must come first in the file")
              .hint("move it above the imports and declarations").build());
        } else {
          module = Optional.of(clause);
        }
      } else if (decl instanceof ImportDeclContext i && i.qualifiedName() != null) {
        imports.add(importDecl(i));
      } else if (decl instanceof LetDeclContext l && l.name() != null) {
        items.add(new Let(doc(l), ident(l.name()), expr(l.expr()), span(l)));
      } else if (decl instanceof DeclarationContext d && d.declName != null && d.kind != null) {
        items.add(declaration(d));
      }
    }
    return new SourceUnit(file, module, imports, items, comments(), file.span(0, file.length()));
  }

  private Import importDecl(ImportDeclContext ctx) {
    Optional<Ident> alias = Optional.empty();
    List<Ident> selected = new ArrayList<>();
    if (ctx.AS() != null && !ctx.name().isEmpty()) alias = Optional.of(ident(ctx.name(0)));
    else for (NameContext n : ctx.name()) selected.add(ident(n));
    return new Import(qualified(ctx.qualifiedName()), alias, selected, span(ctx));
  }

  private Declaration declaration(DeclarationContext ctx) {
    Ident kind = ident(ctx.kind);
    Optional<QualifiedName> base = ctx.base == null ? Optional.empty() : Optional.of(qualified(ctx.base));
    BlockContext block = ctx.block();
    Optional<Block> body = block == null ? Optional.empty() : Optional.of(block(block));
    return new Declaration(doc(ctx), ctx.ABSTRACT() != null, kind, ident(ctx.declName), base, body, span(ctx));
  }

  private Block block(BlockContext ctx) {
    List<Member> members = new ArrayList<>();
    for (int c = 0; c < ctx.getChildCount(); c++) {
      Member built = ctx.getChild(c) instanceof MemberContext m ? member(m) : null;
      if (built != null) members.add(built);
    }
    return new Block(members, span(ctx));
  }

  private Member member(MemberContext ctx) {
    if (ctx instanceof OverrideMemberContext o) {
      if (o.name() == null || o.block() == null) return null;
      return new Member.Override(doc(o), ident(o.name()), block(o.block()), span(o));
    }
    if (ctx instanceof AssignMemberContext a) {
      KeyContext key = a.key();
      if (key == null) return null;
      return new Member.Field(doc(a), key(key), key.string() != null, expr(a.expr()), span(a));
    }
    if (ctx instanceof BlockMemberContext b) {
      KeyContext key = b.key();
      BlockContext block = b.block();
      if (key == null || block == null) return null;
      Block body = block(block);
      return new Member.Field(doc(b), key(key), key.string() != null, new Expr.BlockValue(body, body.span()), span(b));
    }
    return null;
  }

  private Ident key(KeyContext ctx) {
    NameContext name = ctx.name();
    if (name != null) return ident(name);
    Expr.Str s = string(ctx.string());
    if (s.literal().isEmpty()) {
      diags.add(Diagnostic.of(Code.E0406, s.span(), "a key cannot be interpolated").hint("write the key out, or use a name").build());
    }
    return new Ident(s.literal().orElse(""), s.span());
  }

  private Expr expr(ExprContext ctx) {
    if (ctx == null || ctx.exception != null && ctx.getChildCount() == 0) return new Expr.Missing(spanOrHere(ctx));
    return switch (ctx) {
      case NegExprContext n -> new Expr.Negate(expr(n.expr()), span(n));
      case MulExprContext m -> new Expr.Times(expr(m.expr(0)), expr(m.expr(1)), span(m));
      case PrimaryExprContext p -> primary(p.primary());
      default -> new Expr.Missing(span(ctx));
    };
  }

  private Expr primary(PrimaryContext ctx) {
    if (ctx == null) return new Expr.Missing(spanOrHere(null));
    return switch (ctx) {
      case RangeLitContext r -> range(r, span(r));
      case NumberLitContext n -> number(n.NUMBER().getSymbol());
      case QuantityLitContext q -> quantity(q.QUANTITY().getSymbol(), span(q));
      case MoneyLitContext m -> quantity(m.MONEY().getSymbol(), span(m));
      case StringLitContext s -> string(s.string());
      case TrueLitContext t -> new Expr.Bool(true, span(t));
      case FalseLitContext f -> new Expr.Bool(false, span(f));
      case NoneLitContext n -> new Expr.None(span(n));
      case CallExprContext c -> call(c, span(c));
      case RefExprContext r -> new Expr.Ref(qualified(r.qualifiedName()), span(r));
      case ListExprContext l -> new Expr.ListOf(exprs(l.expr()), span(l));
      case BlockExprContext b -> new Expr.BlockValue(block(b.block()), span(b));
      case ParenExprContext p -> expr(p.expr());
      default -> new Expr.Missing(span(ctx));
    };
  }

  private List<Expr> exprs(List<ExprContext> ctxs) {
    List<Expr> out = new ArrayList<>(ctxs.size());
    for (ExprContext e : ctxs) out.add(expr(e));
    return out;
  }

  private Expr range(RangeLitContext r, Span sp) {
    // Error recovery may conjure a missing bound; it has no text to read (the error is reported).
    List<TerminalNode> bounds = r.NUMBER();
    if (bounds.size() < 2 || bounds.stream().anyMatch(n -> n.getSymbol().getStartIndex() < 0)) return new Expr.Missing(sp);
    Expr.Number low = number(bounds.get(0).getSymbol());
    Expr.Number high = number(bounds.get(1).getSymbol());
    for (Expr.Number n : List.of(low, high)) {
      if (!n.isInteger()) diags.add(Diagnostic.of(Code.E0107, n.span(), n.text(), "range bounds are whole numbers").build());
    }
    return new Expr.Range(low, high, sp);
  }

  private Expr.Call call(CallExprContext c, Span sp) {
    List<Expr.Arg> args = new ArrayList<>();
    if (c.args() != null) {
      for (ArgContext a : c.args().arg()) {
        NameContext n = a.name();
        Optional<Ident> name = n == null ? Optional.empty() : Optional.of(ident(n));
        args.add(new Expr.Arg(name, expr(a.expr()), span(a)));
      }
    }
    return new Expr.Call(qualified(c.qualifiedName()), args, sp);
  }

  private Expr.Number number(Token t) {
    String text = names.of(t);
    return new Expr.Number(decimal(text), text, span(t));
  }

  private BigDecimal decimal(String digits) {
    return decimals.computeIfAbsent(digits, d -> new BigDecimal(d.replace("_", "")));
  }

  /** `8Gi`, `70%`, `100/min`, `500 USD/month`: split into number, unit and rate; check the unit. */
  private Expr quantity(Token t, Span sp) {
    String text = names.of(t);
    int i = 0;
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '.')) i++;
    BigDecimal value = decimal(text.substring(0, i));
    String rest = text.substring(i).strip();
    String unit = names.of(rest);
    Optional<String> per = Optional.empty();
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      unit = names.of(rest.substring(0, slash));
      per = Optional.of(names.of(rest.substring(slash + 1)));
    }
    if (!unit.isEmpty() && !Units.isUnit(unit)) {
      int from = t.getStartIndex() + text.indexOf(unit, i);
      var d = Diagnostic.of(Code.E0105, file.span(from, from + unit.codePointCount(0, unit.length())), unit);
      Units.suggestUnit(unit).ifPresentOrElse(d::suggest, () -> d.hint("units are " + Units.UNIT_LIST));
      diags.add(d.build());
    }
    if (per.isPresent() && !Units.isRate(per.get())) {
      String p = per.get();
      int from = t.getStartIndex() + text.lastIndexOf(p);
      var d = Diagnostic.of(Code.E0105, file.span(from, from + p.length()), "/" + p);
      Units.suggestRate(p).ifPresentOrElse(d::suggest, () -> d.hint("rates are " + Units.RATE_LIST));
      diags.add(d.build());
    }
    return new Expr.Quantity(value, unit, per, text, sp);
  }

  private Expr.Str string(StringContext ctx) {
    if (ctx == null) return new Expr.Str(List.of(), false, spanOrHere(null));
    boolean raw = ctx.RAW_OPEN() != null;
    List<Expr.StrPart> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int textStart = -1;
    for (int c = 1; c < ctx.getChildCount(); c++) {
      ParseTree child = ctx.getChild(c);
      if (!(child instanceof ParserRuleContext part)) continue;
      ParserRuleContext interp = part instanceof StringPartContext sp && sp.STR_INTERP() != null ? sp
          : part instanceof RawPartContext rp && rp.RAW_INTERP() != null ? rp : null;
      if (interp != null) {
        if (textStart >= 0) parts.add(new Expr.StrPart.Text(text.toString(), file.span(textStart, part.start.getStartIndex())));
        text.setLength(0);
        textStart = -1;
        ExprContext e = interp instanceof StringPartContext sp ? sp.expr() : ((RawPartContext) interp).expr();
        parts.add(new Expr.StrPart.Interpolation(expr(e), span(interp)));
        continue;
      }
      if (textStart < 0) textStart = part.start.getStartIndex();
      text.append(part.start.getType() == AgentLexer.STR_ESCAPE ? unescape(part.start.getText()) : part.getText());
    }
    if (textStart >= 0) parts.add(new Expr.StrPart.Text(text.toString(), file.span(textStart, lastTextEnd(ctx))));
    return new Expr.Str(parts, raw, span(ctx));
  }

  private static int lastTextEnd(StringContext ctx) {
    ParseTree last = ctx.getChild(ctx.getChildCount() - 1);
    if (last instanceof TerminalNode tn && tn.getSymbol().getType() != AgentLexer.STR_UNTERMINATED) {
      return tn.getSymbol().getStartIndex();
    }
    return ctx.stop.getStopIndex() + 1;
  }

  private static String unescape(String esc) {
    return switch (esc.charAt(1)) {
      case 'n' -> "\n";
      case 't' -> "\t";
      case 'u' -> {
        String hex = esc.substring(3, esc.length() - 1);
        try {
          int cp = Integer.parseInt(hex, 16);
          yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\uFFFD";
        } catch (NumberFormatException tooLong) {
          yield "\uFFFD";
        }
      }
      default -> esc.substring(1);
    };
  }

  private QualifiedName qualified(QualifiedNameContext ctx) {
    if (ctx == null) return new QualifiedName(List.of(), spanOrHere(null));
    List<NameContext> segments = ctx.name();
    List<Ident> parts = new ArrayList<>(segments.size());
    for (NameContext n : segments) parts.add(ident(n));
    return new QualifiedName(parts, span(ctx));
  }

  private Ident ident(NameContext ctx) {
    // a name is one token, unless error recovery added to it
    String text = ctx.getChildCount() == 1 && ctx.getChild(0) instanceof TerminalNode t ? names.of(t.getSymbol()) : names.of(ctx.getText());
    return new Ident(text, span(ctx));
  }

  private Ident ident(Token t) { return new Ident(names.of(t), span(t)); }

  /**
   * The `///` lines directly above a construct, joined by newlines. A `///` that ends a line of
   * code (`a = x /// note`) is that line's trailing comment, not the next construct's doc;
   * separators are not code (`; /// doc` still documents what follows).
   */
  private Optional<Doc> doc(ParserRuleContext ctx) {
    int start = ctx.start.getTokenIndex();
    List<Token> hidden = tokens.getHiddenTokensToLeft(start, AgentLexer.COMMENTS);
    if (hidden == null) return Optional.empty();
    int codeLine = -1;
    for (int k = start - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != AgentLexer.SEMI && t.getType() != AgentLexer.COMMA) {
        codeLine = t.getLine();
        break;
      }
    }
    List<Token> docs = new ArrayList<>();
    for (int i = hidden.size() - 1; i >= 0 && hidden.get(i).getType() == AgentLexer.DOC_COMMENT && hidden.get(i).getLine() != codeLine; i--) {
      docs.add(0, hidden.get(i));
    }
    if (docs.isEmpty()) return Optional.empty();
    StringBuilder sb = new StringBuilder();
    for (Token d : docs) {
      if (!sb.isEmpty()) sb.append('\n');
      sb.append(d.getText().substring(3).strip());
    }
    return Optional.of(new Doc(sb.toString(), span(docs.get(0)).to(span(docs.get(docs.size() - 1)))));
  }

  private List<Comment> comments() {
    List<Comment> out = new ArrayList<>();
    for (Token t : tokens.getTokens()) {
      if (t.getChannel() == AgentLexer.COMMENTS) out.add(new Comment(t.getText(), span(t)));
    }
    return out;
  }

  private Span span(Token t) {
    int start = Math.max(0, t.getStartIndex());
    return span(start, t.getType() == Token.EOF ? start : t.getStopIndex() + 1);
  }

  private Span span(ParserRuleContext ctx) {
    int start = ctx.start.getStartIndex();
    Token stop = ctx.stop;
    int end = stop == null || stop.getStopIndex() < start ? start : stop.getStopIndex() + 1;
    if (ctx.start.getType() == Token.EOF) end = start;
    return span(Math.max(0, start), end);
  }

  /**
   * Nodes over the same text share one span: a reference `m1`, its qualified name and the name's
   * one part are built one after the other and would otherwise hold three equal spans.
   */
  private Span span(int start, int end) {
    if (lastSpan == null || lastSpan.start() != start || lastSpan.end() != Math.max(start, end)) lastSpan = file.span(start, end);
    return lastSpan;
  }

  private Span spanOrHere(ParserRuleContext ctx) {
    if (ctx != null) return span(ctx);
    return file.span(file.length(), file.length());
  }
}
