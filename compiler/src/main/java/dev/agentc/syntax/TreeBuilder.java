package dev.agentc.syntax;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.grammar.AgentLexer;
import dev.agentc.grammar.AgentParser.*;
import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * ANTLR parse tree to {@link SourceUnit}. Tolerates the partial trees of error recovery: a
 * missing piece becomes {@link Expr.Missing} or is left out, since its error is already reported.
 */
final class TreeBuilder {
  // The alternatives of `member` and `primary`, numbered as in AgentParser.g4.
  private static final int OVERRIDE_MEMBER = 1, ASSIGN_MEMBER = 2, BLOCK_MEMBER = 3;
  private static final int RANGE = 1, NUMBER = 2, CALL = 3, REFERENCE = 4, LIST = 5, BLOCK = 6, PARENTHESISED = 7;

  private final SourceFile file;
  private final Lexed tokens;
  private final List<Diagnostic> diags;
  private final Names names;
  /** The span made last, see {@link #span(int, int)}. */
  private Span lastSpan;
  /** One value per distinct number spelling: most files repeat a few numbers. */
  private final Map<String, BigDecimal> decimals = new HashMap<>();

  TreeBuilder(SourceFile file, Lexed tokens, List<Diagnostic> diags) {
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
    List<TopLevel> items = new ArrayList<>(ctx.getChildCount());
    for (int k = 0; k < ctx.getChildCount(); k++) {
      if (!(ctx.getChild(k) instanceof ItemContext item)) continue;
      // an item holds at most one rule: the alternative the parser took
      ParserRuleContext decl = first(item, ParserRuleContext.class);
      if (decl instanceof ModuleDeclContext m && first(m, QualifiedNameContext.class) instanceof QualifiedNameContext name) {
        ModuleClause clause = new ModuleClause(qualified(name), span(m));
        if (module.isPresent()) {
          diags.add(Diagnostic.of(Code.E0108, clause.span(), "a file has at most one `module` clause")
              .label(module.get().span(), "the first one is here").build());
        } else if (!imports.isEmpty() || !items.isEmpty()) {
          diags.add(Diagnostic.of(Code.E0108, clause.span(), "the `module` clause must come first in the file")
              .hint("move it above the imports and declarations").build());
        } else {
          module = Optional.of(clause);
        }
      } else if (decl instanceof ImportDeclContext i && first(i, QualifiedNameContext.class) != null) {
        imports.add(importDecl(i));
      } else if (decl instanceof LetDeclContext l && first(l, NameContext.class) instanceof NameContext name) {
        items.add(new Let(doc(l), ident(name), expr(first(l, ExprContext.class)), span(l)));
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
    BlockContext block = first(ctx, BlockContext.class);
    Optional<Block> body = block == null ? Optional.empty() : Optional.of(block(block));
    return new Declaration(doc(ctx), ctx.ABSTRACT() != null, kind, ident(ctx.declName), base, body, span(ctx));
  }

  private Block block(BlockContext ctx) {
    List<Member> members = new ArrayList<>(ctx.getChildCount());
    for (int c = 0; c < ctx.getChildCount(); c++) {
      Member built = ctx.getChild(c) instanceof MemberContext m ? member(m) : null;
      if (built != null) members.add(built);
    }
    return new Block(members, span(ctx));
  }

  private Member member(MemberContext ctx) {
    // one pass over the children finds the parts of every kind of member; the key is the name
    // `key` or else a string
    NameContext target = null;
    StringContext quoted = null;
    BlockContext block = null;
    ExprContext value = null;
    for (int c = 0; c < ctx.getChildCount(); c++) {
      ParseTree child = ctx.getChild(c);
      if (child instanceof NameContext n && target == null) target = n;
      else if (child instanceof StringContext q && quoted == null) quoted = q;
      else if (child instanceof BlockContext b && block == null) block = b;
      else if (child instanceof ExprContext e && value == null) value = e;
    }
    boolean hasKey = ctx.key != null || quoted != null;
    switch (ctx.getAltNumber()) {
      case OVERRIDE_MEMBER -> {
        return target == null || block == null ? null : new Member.Override(doc(ctx), ident(target), block(block), span(ctx));
      }
      case ASSIGN_MEMBER -> {
        return hasKey ? new Member.Field(doc(ctx), key(ctx.key, quoted), ctx.key == null, expr(value), span(ctx)) : null;
      }
      case BLOCK_MEMBER -> {
        if (!hasKey || block == null) return null;
        Block body = block(block);
        return new Member.Field(doc(ctx), key(ctx.key, quoted), ctx.key == null, new Expr.BlockValue(body, body.span()), span(ctx));
      }
      default -> {
        return null;
      }
    }
  }

  /** A key: a name, or else a string. */
  private Ident key(Token name, StringContext quoted) {
    if (name != null) return ident(name);
    Expr.Str s = string(quoted);
    if (s.literal().isEmpty()) {
      diags.add(Diagnostic.of(Code.E0406, s.span(), "a key cannot be interpolated").hint("write the key out, or use a name").build());
    }
    return new Ident(s.literal().orElse(""), s.span());
  }

  private Expr expr(ExprContext ctx) {
    if (ctx == null || ctx.exception != null && ctx.getChildCount() == 0) return new Expr.Missing(spanOrHere(ctx));
    // The alternative shows in the first part that is not skipped input: `-`, the left operand
    // of `*`, or the first part of a value. None when the parser found no alternative.
    for (int c = 0; c < ctx.getChildCount(); c++) {
      ParseTree child = ctx.getChild(c);
      if (child instanceof ErrorNode) continue;
      if (child instanceof ExprContext) return times(ctx);
      return value(ctx, c);
    }
    return new Expr.Missing(span(ctx));
  }

  private Expr times(ExprContext ctx) {
    ExprContext left = null;
    ExprContext right = null;
    for (int c = 0; c < ctx.getChildCount(); c++) {
      if (!(ctx.getChild(c) instanceof ExprContext e)) continue;
      if (left == null) left = e;
      else if (right == null) right = e;
    }
    return new Expr.Times(expr(left), expr(right), span(ctx));
  }

  /** The alternative of {@code ctx} other than `*` whose first part is its child {@code first}. */
  private Expr value(ExprContext ctx, int first) {
    ParseTree head = ctx.getChild(first);
    if (head instanceof PrimaryContext p) return primary(p);
    if (head instanceof StringContext s) return string(s);
    if (!(head instanceof TerminalNode t)) return new Expr.Missing(span(ctx));
    Token token = t.getSymbol();
    return switch (token.getType()) {
      case AgentLexer.MINUS -> new Expr.Negate(expr(first(ctx, ExprContext.class)), span(ctx));
      case AgentLexer.QUANTITY, AgentLexer.MONEY -> quantity(token, span(token));
      case AgentLexer.TRUE -> new Expr.Bool(true, span(token));
      case AgentLexer.FALSE -> new Expr.Bool(false, span(token));
      case AgentLexer.NONE -> new Expr.None(span(token));
      default -> new Expr.Missing(span(ctx));
    };
  }

  private Expr primary(PrimaryContext ctx) {
    return switch (ctx.getAltNumber()) {
      case RANGE -> range(ctx, span(ctx));
      case NUMBER -> number(terminal(ctx, AgentLexer.NUMBER));
      case CALL -> call(ctx, span(ctx));
      case REFERENCE -> new Expr.Ref(qualified(ctx, ctx.getChildCount()), span(ctx));
      case LIST -> new Expr.ListOf(exprs(ctx), span(ctx));
      case BLOCK -> new Expr.BlockValue(block(first(ctx, BlockContext.class)), span(ctx));
      case PARENTHESISED -> expr(first(ctx, ExprContext.class));
      default -> new Expr.Missing(span(ctx));
    };
  }

  private List<Expr> exprs(PrimaryContext ctx) {
    List<Expr> out = new ArrayList<>(ctx.getChildCount() / 2);
    for (int c = 0; c < ctx.getChildCount(); c++) if (ctx.getChild(c) instanceof ExprContext e) out.add(expr(e));
    return out;
  }

  private Expr range(PrimaryContext r, Span sp) {
    Token from = null;
    Token to = null;
    for (int c = 0; c < r.getChildCount() && to == null; c++) {
      if (!(r.getChild(c) instanceof TerminalNode n) || n.getSymbol().getType() != AgentLexer.NUMBER) continue;
      if (from == null) from = n.getSymbol();
      else to = n.getSymbol();
    }
    // Error recovery may conjure a missing bound; it has no text to read (the error is reported).
    if (to == null || from.getStartIndex() < 0 || to.getStartIndex() < 0) return new Expr.Missing(sp);
    return new Expr.Range(bound(from), bound(to), sp);
  }

  private Expr.Number bound(Token t) {
    Expr.Number n = number(t);
    if (!n.isInteger()) diags.add(Diagnostic.of(Code.E0107, n.span(), n.text(), "range bounds are whole numbers").build());
    return n;
  }

  private Expr.Call call(PrimaryContext c, Span sp) {
    List<Expr.Arg> args = new ArrayList<>();
    ArgsContext list = first(c, ArgsContext.class);
    for (int k = 0; list != null && k < list.getChildCount(); k++) {
      if (!(list.getChild(k) instanceof ArgContext a)) continue;
      NameContext n = first(a, NameContext.class);
      Optional<Ident> name = n == null ? Optional.empty() : Optional.of(ident(n));
      args.add(new Expr.Arg(name, expr(first(a, ExprContext.class)), span(a)));
    }
    return new Expr.Call(qualified(c, calleeEnd(c)), args, sp);
  }

  /** The first {@code type} token among the children of {@code ctx}. */
  private static Token terminal(ParserRuleContext ctx, int type) {
    for (int c = 0; c < ctx.getChildCount(); c++) {
      if (ctx.getChild(c) instanceof TerminalNode t && t.getSymbol().getType() == type) return t.getSymbol();
    }
    throw new IllegalStateException("no token " + type);
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
    boolean raw = ctx.getStart().getType() == AgentLexer.RAW_OPEN;
    List<Expr.StrPart> parts = new ArrayList<>();
    // The text since the last interpolation: most strings are one token of text, whose text is
    // kept as it is; only a second piece starts a builder.
    String text = null;
    StringBuilder joined = null;
    int textStart = -1;
    for (int c = 1; c < ctx.getChildCount(); c++) {
      ParseTree child = ctx.getChild(c);
      // an interpolation: `${`, an expression and `}`
      if (child instanceof ParserRuleContext interpolation) {
        if (textStart >= 0) parts.add(new Expr.StrPart.Text(joined == null ? text : joined.toString(), file.span(textStart, interpolation.start.getStartIndex())));
        text = null;
        joined = null;
        textStart = -1;
        parts.add(new Expr.StrPart.Interpolation(expr(first(interpolation, ExprContext.class)), span(interpolation)));
        continue;
      }
      if (!isTextPart(child)) continue;
      Token part = ((TerminalNode) child).getSymbol();
      String piece = part.getType() == AgentLexer.STR_ESCAPE ? unescape(part.getText()) : part.getText();
      if (textStart < 0) {
        textStart = part.getStartIndex();
        text = piece;
      } else {
        if (joined == null) joined = new StringBuilder(text);
        joined.append(piece);
      }
    }
    if (textStart >= 0) parts.add(new Expr.StrPart.Text(joined == null ? text : joined.toString(), file.span(textStart, lastTextEnd(ctx))));
    return new Expr.Str(parts, raw, span(ctx));
  }

  /** Whether {@code child} of a string is a token of its text (not its quotes, nor input skipped by error recovery). */
  private static boolean isTextPart(ParseTree child) {
    if (!(child instanceof TerminalNode t) || t instanceof ErrorNode) return false;
    return switch (t.getSymbol().getType()) {
      case AgentLexer.STR_TEXT, AgentLexer.STR_ESCAPE, AgentLexer.STR_BAD_ESCAPE, AgentLexer.STR_DOLLAR, AgentLexer.RAW_TEXT,
          AgentLexer.RAW_DOLLAR, AgentLexer.RAW_QUOTE -> true;
      default -> false;
    };
  }

  /** Where the text at the end of a string ends: at its closing quote, or else where the string does. */
  private static int lastTextEnd(StringContext ctx) {
    ParseTree last = ctx.getChild(ctx.getChildCount() - 1);
    if (last instanceof TerminalNode tn && !isTextPart(last) && tn.getSymbol().getType() != AgentLexer.STR_UNTERMINATED) {
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
    return qualified(ctx, ctx.getChildCount());
  }

  /**
   * The dotted name spelt by the first {@code end} children of {@code ctx}: a `qualifiedName`, or
   * a call or reference, which write one out in place.
   */
  private QualifiedName qualified(ParserRuleContext ctx, int end) {
    // most names are one part, which needs no list to collect the parts in
    if (end == 1 && namePart(ctx.getChild(0)) instanceof Ident only) return new QualifiedName(List.of(only), span(ctx, end));
    // the first part is a `name` in a `qualifiedName` and its token in a call or reference; the
    // parts after dots are their tokens
    List<Ident> parts = new ArrayList<>(end / 2 + 1);
    for (int c = 0; c < end; c++) {
      Ident part = namePart(ctx.getChild(c));
      if (part != null) parts.add(part);
    }
    // made after the parts, so that a reference over the same text gets this span object again (see span(int, int))
    return new QualifiedName(parts, span(ctx, end));
  }

  /** The span of the first {@code end} children of {@code ctx}. */
  private Span span(ParserRuleContext ctx, int end) {
    return end == ctx.getChildCount() || end == 0 ? span(ctx) : span(ctx.start, lastToken(ctx.getChild(end - 1)));
  }

  /** The part of a dotted name that {@code child} is, or null for a dot or skipped input. */
  private Ident namePart(ParseTree child) {
    if (child instanceof NameContext n) return ident(n);
    if (child instanceof TerminalNode t && !(t instanceof ErrorNode) && SyntaxErrors.isName(t.getSymbol().getType())) return ident(t.getSymbol());
    return null;
  }

  /** The last token of a part of the tree. */
  private static Token lastToken(ParseTree node) {
    return node instanceof TerminalNode t ? t.getSymbol() : ((ParserRuleContext) node).stop;
  }

  /** The number of children of a call that spell its callee: those before the `(`. */
  private static int calleeEnd(PrimaryContext call) {
    int c = 0;
    while (c < call.getChildCount() && !(call.getChild(c) instanceof TerminalNode t && t.getSymbol().getType() == AgentLexer.LPAREN)) c++;
    return c;
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
    List<Token> all = tokens.all();
    int start = ctx.start.getTokenIndex();
    // the comments between the construct and the code before it
    int comments = start;
    while (comments > 0 && all.get(comments - 1).getChannel() != Token.DEFAULT_CHANNEL) comments--;
    if (comments == start) return Optional.empty();
    Token code = null;
    for (int k = comments - 1; k >= 0 && code == null; k--) {
      Token t = all.get(k);
      if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != AgentLexer.SEMI && t.getType() != AgentLexer.COMMA) code = t;
    }
    int docStart = start;
    while (docStart > comments && all.get(docStart - 1).getType() == AgentLexer.DOC_COMMENT && !onLineOf(code, all.get(docStart - 1))) docStart--;
    if (docStart == start) return Optional.empty();
    Span sp = span(all.get(docStart), all.get(start - 1));
    // most docs are one line, which needs no joining
    if (docStart == start - 1) return Optional.of(new Doc(docLine(all.get(docStart)), sp));
    StringBuilder sb = new StringBuilder();
    for (int i = docStart; i < start; i++) {
      if (!sb.isEmpty()) sb.append('\n');
      sb.append(docLine(all.get(i)));
    }
    return Optional.of(new Doc(sb.toString(), sp));
  }

  /** Whether {@code comment} is on the line where {@code code} ends (lines found without the file's line table). */
  private boolean onLineOf(Token code, Token comment) {
    return code != null && !file.lineBreakBetween(code.getStopIndex() + 1, comment.getStartIndex());
  }

  /** The text of a `///` line after the slashes, read from the file without the token's text. */
  private String docLine(Token doc) { return file.slice(doc.getStartIndex() + 3, doc.getStopIndex() + 1).strip(); }

  private List<Comment> comments() {
    List<Comment> out = new ArrayList<>(tokens.comments().size());
    for (Token t : tokens.comments()) out.add(new Comment(t.getText(), span(t)));
    return out;
  }

  /**
   * The first child of {@code ctx} that is a {@code type}, as the generated accessors find it, but
   * without the iterator they allocate per call: this runs for most nodes of the tree.
   */
  private static <T> T first(ParserRuleContext ctx, Class<T> type) {
    for (int c = 0; c < ctx.getChildCount(); c++) {
      ParseTree child = ctx.getChild(c);
      if (type.isInstance(child)) return type.cast(child);
    }
    return null;
  }

  private Span span(Token t) {
    int start = Math.max(0, t.getStartIndex());
    return span(start, t.getType() == Token.EOF ? start : t.getStopIndex() + 1);
  }

  private Span span(ParserRuleContext ctx) { return span(ctx.start, ctx.stop); }

  /** The span of the tokens from {@code first} to {@code stop}, as a node's span is read from its first and last token. */
  private Span span(Token first, Token stop) {
    int start = first.getStartIndex();
    int end = stop == null || stop.getStopIndex() < start ? start : stop.getStopIndex() + 1;
    if (first.getType() == Token.EOF) end = start;
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
