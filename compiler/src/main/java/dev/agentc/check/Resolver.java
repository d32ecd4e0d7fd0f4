package dev.agentc.check;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.diag.Suggest;
import dev.agentc.schema.Schema;
import dev.agentc.syntax.Ident;
import dev.agentc.syntax.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves names: `x` (a local, then an import, then — for catalog kinds — the std catalog),
 * and `m.x` (a declaration of an imported module). Each worker of the checker has its own, so
 * what resolved is recorded without locks, in the order that worker resolved it.
 */
final class Resolver {
  private final Scopes scopes;
  private final Diagnostics diags;
  private final List<Resolution> resolutions = new ArrayList<>();

  Resolver(Scopes scopes, Diagnostics diags) {
    this.scopes = scopes;
    this.diags = diags;
  }

  Scope scopeOf(dev.agentc.load.Module m) { return scopes.of(m); }

  /** Every name resolved so far, in the order resolved (a name resolved twice is in it twice). */
  List<Resolution> resolutions() { return resolutions; }

  private void resolved(Ident use, Scope.Symbol symbol) { resolutions.add(new Resolution(use.span(), Scopes.declaredAt(symbol))); }

  /** Resolves silently; empty when the name is unknown. What resolves is recorded for editors. */
  Optional<Scope.Symbol> find(Scope scope, QualifiedName name, Set<String> expectedKinds) {
    List<Ident> parts = name.parts();
    if (parts.isEmpty()) return Optional.empty();
    if (parts.size() == 1) {
      Optional<Scope.Symbol> found = simple(scope, parts.get(0).text(), expectedKinds);
      if (found.isPresent()) resolved(parts.get(0), found.get());
      return found;
    }
    // `m.x`: the head is looked up (and its import marked used) even when the rest does not resolve
    Optional<Scope.Symbol> head = scope.lookup(parts.get(0).text());
    if (parts.size() != 2 || !(head.orElse(null) instanceof Scope.Symbol.ModuleRef mod)) return Optional.empty();
    Optional<Scope.Symbol> found = scopes.of(mod.module()).local(parts.get(1).text());
    if (found.isPresent()) {
      // in source order, so that the recorded names need little sorting
      resolved(parts.get(0), mod);
      resolved(parts.get(1), found.get());
    }
    return found;
  }

  /** `x`: a local, then an import, then — for catalog kinds — the std catalog. */
  private Optional<Scope.Symbol> simple(Scope scope, String name, Set<String> expectedKinds) {
    Optional<Scope.Symbol> s = scope.lookup(name);
    if (s.isPresent()) return s;
    for (String kind : expectedKinds) {
      if (!Schema.CATALOG_KINDS.contains(kind)) continue;
      Optional<Scope.Symbol> std = scopes.module("std." + kind).flatMap(m -> scopes.of(m).local(name));
      if (std.isPresent()) return std;
    }
    return Optional.empty();
  }

  /** Resolves or reports E0204 with the closest name of the expected kinds in scope. */
  Optional<Scope.Symbol> resolve(Scope scope, QualifiedName name, Set<String> expectedKinds) {
    Optional<Scope.Symbol> found = find(scope, name, expectedKinds);
    if (found.isPresent()) return found;
    var d = Diagnostic.of(Code.E0204, name.span(), name.text());
    Suggest.closest(name.text(), candidates(scope, expectedKinds)).ifPresentOrElse(d::suggest, () -> {
      if (name.parts().size() == 1 && !expectedKinds.isEmpty()) {
        String kinds = String.join(" or ", expectedKinds.stream().sorted().toList());
        d.hint("declare a " + kinds + " named `" + name.text() + "`, or import one");
      }
    });
    diags.add(d);
    return Optional.empty();
  }

  private List<String> candidates(Scope scope, Set<String> kinds) {
    List<String> out = new ArrayList<>();
    scope.locals.forEach((n, s) -> { if (isKind(s, kinds)) out.add(n); });
    scope.imported.forEach((n, i) -> { if (isKind(i.symbol(), kinds)) out.add(n); });
    for (String kind : kinds) {
      if (Schema.CATALOG_KINDS.contains(kind)) scopes.module("std." + kind).ifPresent(m -> out.addAll(scopes.of(m).locals.keySet()));
    }
    return out;
  }

  private static boolean isKind(Scope.Symbol s, Set<String> kinds) {
    return s instanceof Scope.Symbol.Decl d && (kinds.isEmpty() || kinds.contains(d.decl().kind().text()))
        || s instanceof Scope.Symbol.Constant;
  }
}
