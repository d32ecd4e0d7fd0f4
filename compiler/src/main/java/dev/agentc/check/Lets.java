package dev.agentc.check;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.syntax.Expr;
import dev.agentc.syntax.Let;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds `let` constants defined in terms of themselves, used or not. */
final class Lets {
  private Lets() {}

  static void checkCycles(Scopes scopes, Resolver resolver, Diagnostics diags) {
    Set<Let> done = new HashSet<>();
    for (Scope scope : scopes.all()) {
      for (var item : scope.module.unit().items()) {
        if (item instanceof Let let) walk(let, scope, scopes, resolver, new ArrayList<>(), done, diags);
      }
    }
  }

  private static void walk(Let let, Scope scope, Scopes scopes, Resolver resolver, List<Let> path, Set<Let> done, Diagnostics diags) {
    if (done.contains(let)) return;
    if (path.contains(let)) {
      List<String> names = new ArrayList<>(path.subList(path.indexOf(let), path.size()).stream().map(l -> l.name().text()).toList());
      names.add(let.name().text());
      diags.add(Diagnostic.of(Code.E0404, let.name().span(), let.name().text(), String.join(" → ", names)));
      return;
    }
    path.add(let);
    for (Expr.Ref ref : refs(let.value())) {
      resolver.find(scope, ref.name(), Set.of()).ifPresent(sym -> {
        if (sym instanceof Scope.Symbol.Constant c) walk(c.let(), scopes.of(c.module()), scopes, resolver, path, done, diags);
      });
    }
    path.remove(path.size() - 1);
    done.add(let);
  }

  private static List<Expr.Ref> refs(Expr e) {
    List<Expr.Ref> out = new ArrayList<>();
    collect(e, out);
    return out;
  }

  private static void collect(Expr e, List<Expr.Ref> out) {
    switch (e) {
      case Expr.Ref r -> out.add(r);
      case Expr.ListOf l -> l.items().forEach(i -> collect(i, out));
      case Expr.Times t -> { collect(t.left(), out); collect(t.right(), out); }
      case Expr.Negate n -> collect(n.operand(), out);
      case Expr.Str s -> s.parts().forEach(p -> { if (p instanceof Expr.StrPart.Interpolation i) collect(i.expr(), out); });
      case Expr.Call c -> c.args().forEach(a -> collect(a.value(), out));
      default -> {}
    }
  }
}
