package dev.agentc.check;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.diag.Suggest;
import dev.agentc.load.Module;
import dev.agentc.model.Value;
import dev.agentc.schema.RecordSpec;
import dev.agentc.schema.Schema;
import dev.agentc.syntax.Block;
import dev.agentc.syntax.Declaration;
import dev.agentc.syntax.Expr;
import dev.agentc.syntax.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks each declaration's own body against its kind's schema, then resolves `from` chains
 * into merged bodies (with cycle detection). Override blocks are left to {@link Deployments}.
 */
final class Declarations {
  /** A declaration with its id (`module.name`), module and schema. */
  record Decl(String id, Module module, Declaration syntax, RecordSpec spec) {}

  private final Scopes scopes;
  private final Resolver resolver;
  private final Values values;
  private final Diagnostics diags;
  private final Map<String, Decl> decls = new LinkedHashMap<>();
  private final Map<String, Value.Record> own = new HashMap<>();
  private final Map<String, Optional<Value.Record>> merged = new HashMap<>();
  private final List<String> resolving = new ArrayList<>();

  Declarations(Scopes scopes, Resolver resolver, Values values, Diagnostics diags) {
    this.scopes = scopes;
    this.resolver = resolver;
    this.values = values;
    this.diags = diags;
  }

  /** Checks every declaration body of every module. */
  void checkBodies(Iterable<Scope> all) {
    for (Scope scope : all) {
      for (var item : scope.module.unit().items()) {
        if (!(item instanceof Declaration d)) continue;
        String kind = d.kind().text();
        Optional<RecordSpec> spec = Schema.kind(kind);
        if (spec.isEmpty()) {
          var diag = Diagnostic.of(Code.E0301, d.kind().span(), kind);
          Suggest.closest(kind, Schema.kindNames()).ifPresentOrElse(diag::suggest,
              () -> diag.hint("the kinds are " + String.join(", ", Schema.kindNames())));
          diags.add(diag);
          continue;
        }
        if (scope.locals.get(d.name().text()) instanceof Scope.Symbol.Decl s && s.decl() != d) continue; // a duplicate, reported
        Decl decl = new Decl(scope.module.name() + "." + d.name().text(), scope.module, d, spec.get());
        decls.put(decl.id(), decl);
        Block body = d.body().orElseGet(() -> new Block(List.of(), d.span()));
        Block fields = kind.equals("deploy") ? new Block(body.members().stream().filter(m -> m instanceof Member.Field).toList(), body.span()) : body;
        own.put(decl.id(), values.record(new Expr.BlockValue(fields, body.span()), spec.get(), d.name().text(), scope));
      }
    }
  }

  Iterable<Decl> all() { return decls.values(); }

  Optional<Decl> byId(String id) { return Optional.ofNullable(decls.get(id)); }

  /** The body with its `from` chain merged in; empty when the chain is broken (reported). */
  Optional<Value.Record> merged(Decl decl) {
    Optional<Value.Record> done = merged.get(decl.id());
    if (done != null) return done;
    Optional<Value.Record> result = computeMerged(decl);
    merged.put(decl.id(), result);
    return result;
  }

  /** The base declaration of a `from`, when it resolves to one of the same kind. */
  Optional<Decl> base(Decl decl) {
    if (decl.syntax().base().isEmpty()) return Optional.empty();
    var baseName = decl.syntax().base().get();
    Scope scope = scopes.of(decl.module());
    String kind = decl.syntax().kind().text();
    Optional<Scope.Symbol> sym = resolver.find(scope, baseName, Set.of(kind));
    if (sym.isPresent() && sym.get() instanceof Scope.Symbol.Decl d && d.decl().kind().text().equals(kind)) return byId(d.id());
    return Optional.empty();
  }

  private Optional<Value.Record> computeMerged(Decl decl) {
    Value.Record mine = own.get(decl.id());
    if (decl.syntax().base().isEmpty()) return Optional.of(mine);
    var baseName = decl.syntax().base().get();
    String kind = decl.syntax().kind().text();
    Optional<Scope.Symbol> sym = resolver.resolve(scopes.of(decl.module()), baseName, Set.of(kind));
    if (sym.isEmpty()) return Optional.empty();
    if (!(sym.get() instanceof Scope.Symbol.Decl d) || !d.decl().kind().text().equals(kind)) {
      String what = sym.get() instanceof Scope.Symbol.Decl other ? "it is a " + other.decl().kind().text() + ", not a " + kind : "it is not a declaration";
      var diag = Diagnostic.of(Code.E0401, baseName.span(), decl.syntax().name().text(), baseName.text(), what);
      if (sym.get() instanceof Scope.Symbol.Decl other) diag.label(other.decl().name().span(), "declared here");
      diags.add(diag);
      return Optional.empty();
    }
    Decl base = byId(d.id()).orElse(null);
    if (base == null) return Optional.empty();
    if (resolving.contains(decl.id())) {
      List<String> cycle = new ArrayList<>(resolving.subList(resolving.indexOf(decl.id()), resolving.size()));
      cycle.add(decl.id());
      diags.add(Diagnostic.of(Code.E0402, baseName.span(), String.join(" → ", cycle.stream().map(s -> s.substring(s.lastIndexOf('.') + 1)).toList()))
          .hint("one of them must start from nothing"));
      return Optional.empty();
    }
    resolving.add(decl.id());
    try {
      return merged(base).map(b -> Merge.over(b, mine));
    } finally {
      resolving.remove(decl.id());
    }
  }
}
