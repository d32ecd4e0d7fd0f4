package dev.agentc.check;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.diag.Fix;
import dev.agentc.diag.Suggest;
import dev.agentc.model.FieldMap;
import dev.agentc.model.Value;
import dev.agentc.schema.CallSpec;
import dev.agentc.schema.FieldSpec;
import dev.agentc.schema.RecordSpec;
import dev.agentc.schema.Type;
import dev.agentc.schema.UnitFamily;
import dev.agentc.syntax.Expr;
import dev.agentc.syntax.Member;
import dev.agentc.syntax.Parser;
import dev.agentc.syntax.QualifiedName;
import dev.agentc.syntax.Let;
import dev.agentc.source.Span;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks expressions against schema types and turns them into typed values. Every mismatch is
 * reported; a value that fails gives {@code Optional.empty()} so its errors do not cascade.
 *
 * <p>The loops over the lists of every value index them: a short run's JIT (C1) allocates the
 * iterator of a for-each, once per list of every declaration.
 */
final class Values {
  private final Resolver resolver;
  private final Diagnostics diags;
  private final Deque<Let> evaluating = new ArrayDeque<>();
  /** Defaults are parsed once per field, not once per declaration. */
  private final Defaults defaults;

  Values(Resolver resolver, Diagnostics diags, Defaults defaults) {
    this.resolver = resolver;
    this.diags = diags;
    this.defaults = defaults;
  }

  /** Checks a block against a record schema; {@code none} members are kept as {@link Value.None}. */
  Value.Record record(Expr.BlockValue block, RecordSpec spec, Path path, Scope scope) {
    List<Member> members = block.block().members();
    FieldMap.Builder fields = FieldMap.builder(members.size());
    // where each name was first set: a scan of the earlier members for the few of most blocks, a map for big ones
    Map<String, Span> seen = members.size() > SCAN_LIMIT ? new HashMap<>() : null;
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i) instanceof Member.Override o) {
        diags.add(Diagnostic.of(Code.E0403, o.target().span(), o.target().text(), "`override` blocks belong directly inside a `deploy`"));
        continue;
      }
      Member.Field f = (Member.Field) members.get(i);
      String name = f.key().text();
      Span first = seen != null ? seen.putIfAbsent(name, f.key().span()) : firstSet(members, i, name);
      if (first != null) {
        diags.add(Diagnostic.of(Code.E0304, f.key().span(), name).label(first, "first set here").hint("remove one of them"));
        continue;
      }
      Optional<FieldSpec> fs = spec.field(name);
      if (fs.isEmpty()) {
        var d = Diagnostic.of(Code.E0302, f.key().span(), path, name);
        Suggest.closest(name, spec.fieldNames()).ifPresentOrElse(d::suggest,
            () -> d.hint("the fields of `" + path + "` are " + String.join(", ", spec.fieldNames())));
        diags.add(d);
        continue;
      }
      // keyed by the schema's name, a string literal like those every later stage looks fields up by
      Optional<Value> v = check(f.value(), fs.get(), path.field(name), scope);
      if (v.isPresent()) fields.append(fs.get().name(), v.get()); // a second setting was reported above
    }
    return new Value.Record(spec.name(), fields.build(), block.span());
  }

  private static final int SCAN_LIMIT = 16;

  /** Where a field of the members before {@code end} sets {@code name}, or null. */
  private static Span firstSet(List<Member> members, int end, String name) {
    for (int i = 0; i < end; i++) {
      if (members.get(i) instanceof Member.Field f && f.key().text().equals(name)) return f.key().span();
    }
    return null;
  }

  /** Checks one field's value, including `none` on a required field and the field's bounds. */
  Optional<Value> check(Expr expr, FieldSpec field, Path path, Scope scope) {
    if (expr instanceof Expr.None n && field.type() instanceof Type.Enum e && e.values().contains("none")) {
      return Optional.of(new Value.Enum("none", n.span()));
    }
    if (expr instanceof Expr.None n) {
      if (field.required()) {
        diags.add(Diagnostic.of(Code.E0309, n.span(), path).hint("give `" + field.name() + "` a value; only optional fields can be cleared"));
        return Optional.empty();
      }
      return Optional.of(new Value.None(n.span()));
    }
    Optional<Value> v = value(expr, field.type(), path, scope);
    if (v.isPresent() && field.bounds().isPresent()) checkBounds(v.get(), field.bounds().get(), path);
    return v;
  }

  /** The default of a field as a value (defaults are source text, checked once). */
  Optional<Value> defaultOf(FieldSpec field, Scope anyScope) {
    Optional<Value> known = defaults.known(field); // most calls: without making the lambda below
    if (known != null) return known;
    String text = field.defaultText().orElseThrow();
    return defaults.of(field, k -> {
      var parsed = Parser.parse("<default>", "let d = " + text);
      if (parsed.hasErrors() || !(parsed.unit().items().get(0) instanceof Let let)) throw new IllegalStateException("bad default " + text);
      Diagnostics ignored = new Diagnostics();
      Values quiet = new Values(resolver, ignored, defaults);
      Optional<Value> v = quiet.value(let.value(), field.type(), Path.of(field.name()), anyScope);
      if (ignored.size() > 0) throw new IllegalStateException("bad default " + text + ": " + ignored.sorted());
      return v.map(Values::withoutSpan);
    });
  }

  Optional<Value> value(Expr expr, Type type, Path path, Scope scope) {
    if (expr instanceof Expr.Missing) return Optional.empty();
    if (expr instanceof Expr.Ref r && !(type instanceof Type.Enum) && !isBareCallForm(type, r)) {
      // the name is looked up once: a `let` stands for its value, and a reference needs no second look-up
      Optional<Scope.Symbol> sym = resolver.find(scope, r.name(), Set.of());
      if (sym.isPresent() && sym.get() instanceof Scope.Symbol.Constant c) return constant(c, type, path, scope);
      if (sym.isPresent() && type instanceof Type.Ref t) return refTo(r, sym.get(), t, path);
      // a union would pick its reference type and look the name up again
      if (sym.isPresent() && type instanceof Type.Union u && option(expr, u) instanceof Type.Ref t) return refTo(r, sym.get(), t, path);
    }
    return switch (type) {
      case Type.Prim p -> prim(expr, p, path, scope);
      case Type.Quantity q -> quantity(expr, q.family(), type, path, scope);
      case Type.Price p -> price(expr, type, path);
      case Type.Rate r -> rate(expr, type, path);
      case Type.IntRange r -> range(expr, type, path);
      case Type.ListOf l -> list(expr, l, path, scope);
      case Type.MapOf m -> map(expr, m, path, scope);
      case Type.Record r -> expr instanceof Expr.BlockValue b ? Optional.of(record(b, r.spec(), path, scope)) : mismatch(expr, type, path);
      case Type.Ref r -> ref(expr, r, path, scope);
      case Type.Enum e -> enumValue(expr, e, path);
      case Type.Calls c -> call(expr, c, path, scope);
      case Type.GpuRequest g -> gpu(expr, path, scope);
      case Type.Union u -> union(expr, u, path, scope);
    };
  }

  // ---- let constants

  /** A reference to a `let`: its value, checked against the type here. */
  private Optional<Value> constant(Scope.Symbol.Constant c, Type type, Path path, Scope scope) {
    if (evaluating.contains(c.let())) return Optional.empty(); // Lets reports the cycle
    evaluating.push(c.let());
    try {
      return value(c.let().value(), type, path, scopeOf(c, scope));
    } finally {
      evaluating.pop();
    }
  }

  private Scope scopeOf(Scope.Symbol.Constant c, Scope current) {
    return current.module == c.module() ? current : resolver.scopeOf(c.module());
  }

  // ---- scalars

  private Optional<Value> prim(Expr expr, Type.Prim p, Path path, Scope scope) {
    switch (p) {
      case STRING -> {
        if (expr instanceof Expr.Str s) return str(s, path, scope);
      }
      case BOOL -> {
        if (expr instanceof Expr.Bool b) return Optional.of(new Value.Bool(b.value(), b.span()));
      }
      case INT -> {
        Optional<BigDecimal> n = number(expr);
        if (n.isPresent()) {
          if (!isWhole(n.get()) || expr instanceof Expr.Number num && !num.isInteger()) {
            diags.add(Diagnostic.of(Code.E0305, expr.span(), path, p.describe(), "the decimal `" + n.get().toPlainString() + "`"));
            return Optional.empty();
          }
          if (n.get().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
            diags.add(Diagnostic.of(Code.E0307, expr.span(), path, "a reasonable whole number", n.get().toPlainString()));
            return Optional.empty();
          }
          return Optional.of(new Value.Int(n.get().longValueExact(), expr.span()));
        }
      }
      case DECIMAL, CPU -> {
        Optional<BigDecimal> n = number(expr);
        if (n.isPresent()) return Optional.of(new Value.Dec(n.get(), expr.span()));
      }
    }
    return mismatch(expr, p, path);
  }

  /** Whether {@code n} has no fraction; only a number written with decimals is stripped to tell (most are integers). */
  private static boolean isWhole(BigDecimal n) { return n.scale() <= 0 || n.stripTrailingZeros().scale() <= 0; }

  private static Optional<BigDecimal> number(Expr expr) {
    if (expr instanceof Expr.Number n) return Optional.of(n.value());
    if (expr instanceof Expr.Negate neg && neg.operand() instanceof Expr.Number n) return Optional.of(n.value().negate());
    return Optional.empty();
  }

  private Optional<Value> str(Expr.Str s, Path path, Scope scope) {
    // most strings are one piece of text: share it rather than copy it
    if (s.parts().size() == 1 && s.parts().get(0) instanceof Expr.StrPart.Text t) return Optional.of(new Value.Str(t.value(), s.span()));
    StringBuilder sb = new StringBuilder();
    boolean ok = true;
    for (Expr.StrPart part : s.parts()) {
      switch (part) {
        case Expr.StrPart.Text t -> sb.append(t.value());
        case Expr.StrPart.Interpolation i -> {
          Optional<String> text = interpolate(i, path, scope);
          if (text.isPresent()) sb.append(text.get());
          else ok = false;
        }
      }
    }
    return ok ? Optional.of(new Value.Str(sb.toString(), s.span())) : Optional.empty();
  }

  /** `${name}`: only `let` constants of scalar values can be interpolated. */
  private Optional<String> interpolate(Expr.StrPart.Interpolation i, Path path, Scope scope) {
    if (!(i.expr() instanceof Expr.Ref r)) {
      diags.add(Diagnostic.of(Code.E0406, i.span(), "only `let` constants can be interpolated").hint("declare `let name = …` and write `${name}`"));
      return Optional.empty();
    }
    Optional<Scope.Symbol> sym = resolver.resolve(scope, r.name(), Set.of());
    if (sym.isEmpty()) return Optional.empty();
    if (!(sym.get() instanceof Scope.Symbol.Constant c)) {
      String what = sym.get() instanceof Scope.Symbol.Decl d ? "a " + d.decl().kind().text() : "a module";
      var d = Diagnostic.of(Code.E0406, r.span(), "`" + r.name().text() + "` is " + what + ", and only `let` constants can be interpolated");
      if (sym.get() instanceof Scope.Symbol.Decl decl && decl.decl().kind().text().equals("secret")) {
        d.hint("a secret's value is never written into build output; reference the secret from `env` instead");
      }
      diags.add(d);
      return Optional.empty();
    }
    if (evaluating.contains(c.let())) return Optional.empty(); // Lets reports the cycle
    evaluating.push(c.let());
    try {
      Scope letScope = scopeOf(c, scope);
      Expr e = c.let().value();
      return switch (e) {
        case Expr.Str s -> str(s, path, letScope).map(v -> ((Value.Str) v).value());
        case Expr.Number n -> Optional.of(n.text().replace("_", ""));
        case Expr.Quantity q -> Optional.of(q.text());
        case Expr.Bool b -> Optional.of(String.valueOf(b.value()));
        case Expr.Ref inner -> interpolate(new Expr.StrPart.Interpolation(inner, inner.span()), path, letScope);
        default -> {
          diags.add(Diagnostic.of(Code.E0406, i.span(), "`" + r.name().text() + "` is not a string, number or quantity, so it cannot be interpolated")
              .label(e.span(), "its value"));
          yield Optional.empty();
        }
      };
    } finally {
      evaluating.pop();
    }
  }

  // ---- quantities

  private Optional<Value> quantity(Expr expr, UnitFamily family, Type type, Path path, Scope scope) {
    if (expr instanceof Expr.Times t && number(t.left()).isPresent()) {
      BigDecimal factor = number(t.left()).get();
      return value(t.right(), type, path, scope).map(v -> {
        Value.Quantity q = (Value.Quantity) v;
        return new Value.Quantity(family, q.base().multiply(factor), q.unit(), factor.toPlainString() + " * " + q.text(), t.span());
      });
    }
    if (family == UnitFamily.COUNT && number(expr).isPresent()) {
      return Optional.of(new Value.Quantity(family, number(expr).get(), "", number(expr).get().toPlainString(), expr.span()));
    }
    if (expr instanceof Expr.Quantity q) {
      if (q.per().isPresent()) return wrongUnit(q, type, path, "a rate");
      Optional<UnitFamily> actual = UnitFamily.of(q.unit());
      if (actual.isEmpty()) return Optional.empty(); // an unknown unit was reported by the parser
      if (actual.get() != family) return wrongUnit(q, type, path, actual.get().describe());
      BigDecimal base = q.value().multiply(family.factor(q.unit()).orElseThrow());
      return Optional.of(new Value.Quantity(family, base, q.unit(), q.text(), q.span()));
    }
    if (number(expr).isPresent()) {
      String example = switch (family) {
        case MEMORY -> "Gi";
        case DURATION -> "s";
        case PERCENT -> "%";
        case MONEY -> " USD";
        case COUNT -> "";
      };
      diags.add(Diagnostic.of(Code.E0305, expr.span(), path, type.describe(), "a plain number")
          .hint("add a unit, e.g. `" + number(expr).get().toPlainString() + example + "`"));
      return Optional.empty();
    }
    return mismatch(expr, type, path);
  }

  private Optional<Value> wrongUnit(Expr.Quantity q, Type type, Path path, String actual) {
    diags.add(Diagnostic.of(Code.E0306, q.span(), path, type.describe(), q.text(), actual));
    return Optional.empty();
  }

  private Optional<Value> price(Expr expr, Type type, Path path) {
    if (expr instanceof Expr.Quantity q && UnitFamily.of(q.unit()).orElse(null) == UnitFamily.MONEY && q.per().isPresent()) {
      return Optional.of(new Value.Price(q.value(), q.unit(), q.per().get(), q.text(), q.span()));
    }
    if (expr instanceof Expr.Quantity q && UnitFamily.of(q.unit()).orElse(null) == UnitFamily.MONEY) {
      diags.add(Diagnostic.of(Code.E0306, q.span(), path, type.describe(), q.text(), "money without a period")
          .hint("say per what: `" + q.text() + "/month` or `" + q.text() + "/h`"));
      return Optional.empty();
    }
    if (expr instanceof Expr.Quantity q) return wrongUnit(q, type, path, describeQuantity(q));
    return mismatch(expr, type, path);
  }

  private Optional<Value> rate(Expr expr, Type type, Path path) {
    if (expr instanceof Expr.Quantity q && q.per().isPresent() && UnitFamily.of(q.unit()).orElse(null) == UnitFamily.COUNT) {
      BigDecimal amount = q.value().multiply(UnitFamily.COUNT.factor(q.unit()).orElseThrow());
      return Optional.of(new Value.Rate(amount, q.per().get(), q.text(), q.span()));
    }
    if (expr instanceof Expr.Quantity q) return wrongUnit(q, type, path, describeQuantity(q));
    if (number(expr).isPresent()) {
      diags.add(Diagnostic.of(Code.E0305, expr.span(), path, type.describe(), "a plain number")
          .hint("say per what, e.g. `" + number(expr).get().toPlainString() + "/min`"));
      return Optional.empty();
    }
    return mismatch(expr, type, path);
  }

  private static String describeQuantity(Expr.Quantity q) {
    if (q.per().isPresent()) {
      return UnitFamily.of(q.unit()).orElse(null) == UnitFamily.MONEY ? "a Price" : "a Rate";
    }
    return UnitFamily.of(q.unit()).map(UnitFamily::describe).orElse("a quantity");
  }

  private Optional<Value> range(Expr expr, Type type, Path path) {
    if (expr instanceof Expr.Range r) {
      if (!r.low().isInteger() || !r.high().isInteger()) return Optional.empty(); // reported by the parser
      long low = r.low().value().longValue();
      long high = r.high().value().longValue();
      if (low > high) {
        diags.add(Diagnostic.of(Code.E0307, r.span(), path, "a range whose low end is not above its high end", r.low().text() + ".." + r.high().text())
            .fix(Fix.replace("swap the ends", r.span(), r.high().text() + ".." + r.low().text())).hint("write `" + r.high().text() + ".." + r.low().text() + "`"));
        return Optional.empty();
      }
      return Optional.of(new Value.Range(low, high, r.span()));
    }
    return mismatch(expr, type, path);
  }

  // ---- structures

  private Optional<Value> list(Expr expr, Type.ListOf type, Path path, Scope scope) {
    if (!(expr instanceof Expr.ListOf l)) {
      if (expr instanceof Expr.BlockValue) return mismatch(expr, type, path);
      var d = Diagnostic.of(Code.E0305, expr.span(), path, type.describe(), describe(expr));
      d.hint("write a list: `[" + sourceText(expr) + "]`");
      d.fix(Fix.replace("wrap it in a list", expr.span(), "[" + sourceText(expr) + "]"));
      diags.add(d);
      return Optional.empty();
    }
    List<Value> items = new ArrayList<>(l.items().size());
    boolean ok = true;
    for (int i = 0; i < l.items().size(); i++) {
      Optional<Value> v = value(l.items().get(i), type.element(), path, scope);
      if (v.isPresent()) items.add(v.get());
      else ok = false;
    }
    return ok ? Optional.of(new Value.ListOf(items, l.span())) : Optional.empty();
  }

  private Optional<Value> map(Expr expr, Type.MapOf type, Path path, Scope scope) {
    if (!(expr instanceof Expr.BlockValue b)) return mismatch(expr, type, path);
    List<Member> members = b.block().members();
    List<Value.MapOf.Entry> entries = new ArrayList<>(members.size());
    Map<String, Span> seen = new HashMap<>();
    for (int i = 0; i < members.size(); i++) {
      if (!(members.get(i) instanceof Member.Field f)) {
        Member.Override o = (Member.Override) members.get(i);
        diags.add(Diagnostic.of(Code.E0403, o.target().span(), o.target().text(), "`override` blocks belong directly inside a `deploy`"));
        continue;
      }
      Optional<Value> key = mapKey(f, type.keys(), path, scope);
      if (key.isEmpty()) continue;
      String keyText = key.get() instanceof Value.Ref r ? r.id() : f.key().text();
      Span first = seen.putIfAbsent(keyText, f.key().span());
      if (first != null) {
        diags.add(Diagnostic.of(Code.E0304, f.key().span(), f.key().text()).label(first, "first set here").hint("remove one of them"));
        continue;
      }
      Optional<Value> v = value(f.value(), type.values(), path.field(f.key().text()), scope);
      if (v.isPresent()) entries.add(new Value.MapOf.Entry(f.key().text(), key.get(), v.get(), f.key().span()));
    }
    return Optional.of(new Value.MapOf(entries, b.span()));
  }

  private Optional<Value> mapKey(Member.Field f, Type keyType, Path path, Scope scope) {
    if (keyType == Type.Prim.STRING) return Optional.of(new Value.Str(f.key().text(), f.key().span()));
    if (f.quotedKey()) {
      diags.add(Diagnostic.of(Code.E0305, f.key().span(), path.suffixed(" keys"), keyType.describe(), "a string"));
      return Optional.empty();
    }
    var name = new QualifiedName(List.of(f.key()), f.key().span());
    return value(new Expr.Ref(name, f.key().span()), keyType, path.suffixed(" key"), scope);
  }

  private Optional<Value> ref(Expr expr, Type.Ref type, Path path, Scope scope) {
    if (!(expr instanceof Expr.Ref r)) return mismatch(expr, type, path);
    return resolver.resolve(scope, r.name(), type.kinds()).flatMap(sym -> refTo(r, sym, type, path));
  }

  /** A resolved name where a reference to a declaration of {@code type}'s kinds is expected. */
  private Optional<Value> refTo(Expr.Ref r, Scope.Symbol sym, Type.Ref type, Path path) {
    if (sym instanceof Scope.Symbol.Decl d) {
      String kind = d.decl().kind().text();
      if (type.kinds().contains(kind)) return Optional.of(new Value.Ref(kind, d.id(), r.span()));
      var wrong = Diagnostic.of(Code.E0308, r.span(), path, type.describe(), r.name().text(), "a " + kind)
          .label(d.decl().name().span(), "`" + r.name().text() + "` is declared here");
      // A swarm inside a swarm would route data in a loop or in layers no target builds: members are agents.
      if (kind.equals("swarm") && type.kinds().equals(java.util.Set.of("agent"))) {
        wrong.hint("swarms do not nest: list the agents of `" + r.name().text() + "` here, or deploy it beside this swarm");
      }
      diags.add(wrong);
      return Optional.empty();
    }
    String what = sym instanceof Scope.Symbol.ModuleRef ? "a module" : "a constant";
    diags.add(Diagnostic.of(Code.E0308, r.span(), path, type.describe(), r.name().text(), what));
    return Optional.empty();
  }

  private Optional<Value> enumValue(Expr expr, Type.Enum type, Path path) {
    if (expr instanceof Expr.None n && type.values().contains("none")) return Optional.of(new Value.Enum("none", n.span()));
    if (expr instanceof Expr.Ref r && r.name().parts().size() == 1) {
      String v = r.name().text();
      if (type.values().contains(v)) return Optional.of(new Value.Enum(v, r.span()));
      var d = Diagnostic.of(Code.E0310, r.span(), v, path);
      Suggest.closest(v, type.values()).ifPresentOrElse(d::suggest, () -> d.hint("use " + type.describe()));
      diags.add(d);
      return Optional.empty();
    }
    if (expr instanceof Expr.Str s && s.literal().isPresent() && type.values().contains(s.literal().get())) {
      diags.add(Diagnostic.of(Code.E0305, s.span(), path, type.describe(), "a string")
          .fix(Fix.replace("remove the quotes", s.span(), s.literal().get())).hint("write it without quotes: `" + s.literal().get() + "`"));
      return Optional.empty();
    }
    return mismatch(expr, type, path);
  }

  private static boolean isBareCallForm(Type type, Expr.Ref r) {
    return type instanceof Type.Calls c && c.bare().contains(r.name().text());
  }

  private Optional<Value> call(Expr expr, Type.Calls type, Path path, Scope scope) {
    if (expr instanceof Expr.Ref r && type.bare().contains(r.name().text())) return Optional.of(new Value.Enum(r.name().text(), r.span()));
    if (expr instanceof Expr.None n && type.bare().contains("none")) return Optional.of(new Value.None(n.span()));
    if (!(expr instanceof Expr.Call c)) {
      if (expr instanceof Expr.Ref r) {
        var d = Diagnostic.of(Code.E0311, r.span(), "`" + r.name().text() + "` is not a " + type.name() + "; use " + type.describe().substring(7));
        List<String> names = new ArrayList<>(type.bare());
        type.calls().forEach(cs -> names.add(cs.name()));
        Suggest.closest(r.name().text(), names).ifPresent(s -> d.hint("did you mean `" + s + "`?"));
        diags.add(d);
        return Optional.empty();
      }
      return mismatch(expr, type, path);
    }
    String name = c.callee().text();
    CallSpec spec = callNamed(type.calls(), name);
    if (spec == null) {
      var d = Diagnostic.of(Code.E0311, c.callee().span(), "`" + name + "` is not a " + type.name() + "; use " + type.describe().substring(7));
      Suggest.closest(name, type.calls().stream().map(CallSpec::name).toList())
          .ifPresent(s -> d.fix(Fix.replace("replace with `" + s + "`", c.callee().span(), s)).hint("did you mean `" + s + "`?"));
      diags.add(d);
      return Optional.empty();
    }
    return callArgs(c, spec, path, scope);
  }

  private static CallSpec callNamed(List<CallSpec> calls, String name) {
    for (int i = 0; i < calls.size(); i++) if (calls.get(i).name().equals(name)) return calls.get(i);
    return null;
  }

  private Optional<Value> callArgs(Expr.Call c, CallSpec spec, Path path, Scope scope) {
    List<CallSpec.Param> params = spec.params();
    Expr[] given = new Expr[params.size()];
    int positional = 0;
    boolean ok = true;
    for (int at = 0; at < c.args().size(); at++) {
      Expr.Arg a = c.args().get(at);
      int index;
      if (a.name().isPresent()) {
        String n = a.name().get().text();
        index = indexOf(params, n);
        if (index < 0) {
          diags.add(Diagnostic.of(Code.E0311, a.name().get().span(), "`" + spec.name() + "` has no parameter `" + n + "`; it takes " + spec.signature()));
          ok = false;
          continue;
        }
      } else {
        index = positional++;
        if (index >= params.size()) {
          diags.add(Diagnostic.of(Code.E0311, a.span(), "`" + spec.name() + "` takes " + params.size() + " argument" + (params.size() == 1 ? "" : "s") + ": " + spec.signature())
              .fix(Fix.replace("remove the argument", a.span(), "")));
          ok = false;
          continue;
        }
      }
      if (given[index] != null) {
        diags.add(Diagnostic.of(Code.E0311, a.span(), "`" + params.get(index).name() + "` is given twice"));
        ok = false;
        continue;
      }
      given[index] = a.value();
    }
    List<Value> args = new ArrayList<>(params.size());
    for (int i = 0; i < params.size(); i++) {
      CallSpec.Param p = params.get(i);
      if (given[i] == null) {
        if (p.defaultText().isEmpty()) {
          diags.add(Diagnostic.of(Code.E0311, c.span(), "`" + spec.name() + "` is missing its argument `" + p.name() + "`; it takes " + spec.signature()));
          ok = false;
          continue;
        }
        args.add(new Value.Str(p.defaultText().get(), Span.NONE));
        continue;
      }
      Optional<Value> v = value(given[i], p.type(), path.suffixed(" " + spec.name() + "(" + p.name() + ")"), scope);
      if (v.isPresent()) args.add(v.get());
      else ok = false;
    }
    return ok ? Optional.of(new Value.Call(spec.name(), args, c.span())) : Optional.empty();
  }

  private static int indexOf(List<CallSpec.Param> params, String name) {
    for (int i = 0; i < params.size(); i++) if (params.get(i).name().equals(name)) return i;
    return -1;
  }

  private Optional<Value> gpu(Expr expr, Path path, Scope scope) {
    Type.Ref gpuRef = Type.Ref.to("gpu");
    if (expr instanceof Expr.Times t) {
      Optional<BigDecimal> n = number(t.left());
      if (n.isEmpty() || !isWhole(n.get()) || n.get().signum() <= 0 || n.get().compareTo(BigDecimal.valueOf(1024)) > 0) {
        diags.add(Diagnostic.of(Code.E0307, t.left().span(), path + " GPU count", "a whole number from 1 to 1024", sourceText(t.left())));
        return Optional.empty();
      }
      return ref(t.right(), gpuRef, path, scope).map(r -> new Value.Gpu(n.get().intValue(), (Value.Ref) r, t.span()));
    }
    if (expr instanceof Expr.Ref) return ref(expr, gpuRef, path, scope).map(r -> new Value.Gpu(1, (Value.Ref) r, expr.span()));
    return mismatch(expr, new Type.GpuRequest(), path);
  }

  private Optional<Value> union(Expr expr, Type.Union type, Path path, Scope scope) {
    Type option = option(expr, type);
    return option == null ? mismatch(expr, type, path) : value(expr, option, path, scope);
  }

  /** The first option of a union that an expression has the shape of, or null. */
  private static Type option(Expr expr, Type.Union type) {
    for (int i = 0; i < type.options().size(); i++) {
      if (fits(expr, type.options().get(i))) return type.options().get(i);
    }
    return null;
  }

  /** Whether an expression has the shape of a type, so a union picks the option to check against. */
  private static boolean fits(Expr expr, Type type) {
    return switch (type) {
      case Type.Prim p -> switch (p) {
        case STRING -> expr instanceof Expr.Str;
        case BOOL -> expr instanceof Expr.Bool;
        default -> number(expr).isPresent();
      };
      case Type.IntRange r -> expr instanceof Expr.Range;
      case Type.Ref r -> expr instanceof Expr.Ref;
      case Type.ListOf l -> expr instanceof Expr.ListOf;
      default -> false;
    };
  }

  // ---- bounds and mismatches

  private void checkBounds(Value v, FieldSpec.Bounds bounds, Path path) {
    switch (v) {
      case Value.Int i -> bound(BigDecimal.valueOf(i.value()), bounds, path, i.span(), String.valueOf(i.value()));
      case Value.Dec d -> bound(d.value(), bounds, path, d.span(), d.value().toPlainString());
      case Value.Quantity q -> bound(q.base(), bounds, path, q.span(), q.text());
      case Value.Range r -> bound(BigDecimal.valueOf(r.low()), bounds, path, r.span(), r.low() + ".." + r.high());
      default -> {}
    }
  }

  private void bound(BigDecimal value, FieldSpec.Bounds bounds, Path path, Span span, String text) {
    if (!bounds.admits(value)) diags.add(Diagnostic.of(Code.E0307, span, path, bounds.describe(), text));
  }

  private Optional<Value> mismatch(Expr expr, Type type, Path path) {
    var d = Diagnostic.of(Code.E0305, expr.span(), path, type.describe(), describe(expr));
    if (type == Type.Prim.STRING && (expr instanceof Expr.Ref || expr instanceof Expr.Number)) {
      d.fix(Fix.replace("quote it", expr.span(), "\"" + sourceText(expr) + "\"")).hint("quote it: `\"" + sourceText(expr) + "\"`");
    }
    diags.add(d);
    return Optional.empty();
  }

  static String describe(Expr e) {
    return switch (e) {
      case Expr.Number n -> n.isInteger() ? "the number `" + n.text() + "`" : "the decimal `" + n.text() + "`";
      case Expr.Quantity q -> "`" + q.text() + "`, " + describeQuantity(q);
      case Expr.Str s -> "a string";
      case Expr.Bool b -> "a Bool";
      case Expr.None n -> "`none`";
      case Expr.Range r -> "a range";
      case Expr.Ref r -> "the name `" + r.name().text() + "`";
      case Expr.Call c -> "a call of `" + c.callee().text() + "`";
      case Expr.ListOf l -> "a list";
      case Expr.BlockValue b -> "a block";
      case Expr.Times t -> "a product";
      case Expr.Negate n -> "a negative value";
      case Expr.Missing m -> "nothing";
    };
  }

  private static String sourceText(Expr e) {
    return switch (e) {
      case Expr.Number n -> n.text();
      case Expr.Quantity q -> q.text();
      case Expr.Ref r -> r.name().text();
      default -> "…";
    };
  }

  /** A default carries no source span. */
  private static Value withoutSpan(Value v) {
    return switch (v) {
      case Value.Str s -> new Value.Str(s.value(), Span.NONE);
      case Value.Int i -> new Value.Int(i.value(), Span.NONE);
      case Value.Dec d -> new Value.Dec(d.value(), Span.NONE);
      case Value.Bool b -> new Value.Bool(b.value(), Span.NONE);
      case Value.Quantity q -> new Value.Quantity(q.family(), q.base(), q.unit(), q.text(), Span.NONE);
      case Value.Range r -> new Value.Range(r.low(), r.high(), Span.NONE);
      case Value.Enum e -> new Value.Enum(e.value(), Span.NONE);
      case Value.None n -> new Value.None(Span.NONE);
      default -> v;
    };
  }
}
