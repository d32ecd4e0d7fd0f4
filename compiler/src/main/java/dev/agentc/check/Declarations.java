package dev.agentc.check;

import dev.agentc.Parallel;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks each declaration's own body against its kind's schema and resolves the name after its
 * `from`, module by module in parallel; then follows the `from` chains (with cycle detection) to
 * merge bodies. Override blocks are left to {@link Deployments}.
 */
final class Declarations {
  /** A declaration with its id (`module.name`), module and schema. */
  record Decl(String id, Module module, Declaration syntax, RecordSpec spec) {}

  /** A checked body, and the id of the declaration of its kind that its `from` names, if it resolves to one. */
  private record Body(Decl decl, Value.Record own, Optional<String> baseId) {}

  /**
   * A declaration being checked. {@code base}, {@code chained} and {@code merges} are set in
   * declaration order before any body is merged, and only read after; the merged body is set by
   * whichever worker merges it first.
   */
  private static final class Entry {
    final Decl decl;
    final Value.Record own;
    final Optional<String> baseId;
    Entry base;
    /** Whether {@link #merges} is known. */
    boolean chained;
    boolean merges;
    volatile Value.Record merged;

    Entry(Body body) {
      this.decl = body.decl();
      this.own = body.own();
      this.baseId = body.baseId();
    }
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final List<List<Decl>> byModule = new ArrayList<>();

  /**
   * Checks every declaration body of every module and every `from` chain; diagnostics and
   * resolutions are added to {@code diags} and {@code resolutions} in module order.
   */
  Declarations(Scopes scopes, Defaults defaults, Diagnostics diags, List<List<Resolution>> resolutions) {
    record Checked(List<Body> bodies, Worker.Found found) {}
    List<Checked> checked = Parallel.map(scopes.all(), scope -> {
      Worker worker = new Worker(scopes, defaults);
      List<Body> bodies = bodies(scope, worker);
      return new Checked(bodies, worker.found());
    });
    for (Checked c : checked) {
      List<Decl> ofModule = new ArrayList<>(c.bodies().size());
      for (Body b : c.bodies()) {
        entries.put(b.decl().id(), new Entry(b));
        ofModule.add(b.decl());
      }
      byModule.add(ofModule);
      c.found().reportTo(diags, resolutions);
    }
    for (Entry e : entries.values()) {
      if (e.baseId.isPresent()) e.base = entries.get(e.baseId.get());
    }
    List<Entry> resolving = new ArrayList<>();
    for (Entry e : entries.values()) chain(e, resolving, diags);
  }

  /** The bodies of one module's declarations, in source order. */
  private static List<Body> bodies(Scope scope, Worker worker) {
    List<Body> out = new ArrayList<>();
    for (var item : scope.module.unit().items()) {
      if (!(item instanceof Declaration d)) continue;
      String kind = d.kind().text();
      Optional<RecordSpec> spec = Schema.kind(kind);
      if (spec.isEmpty()) {
        var diag = Diagnostic.of(Code.E0301, d.kind().span(), kind);
        Suggest.closest(kind, Schema.kindNames()).ifPresentOrElse(diag::suggest,
            () -> diag.hint("the kinds are " + String.join(", ", Schema.kindNames())));
        worker.diags.add(diag);
        continue;
      }
      Scope.Symbol local = scope.locals.get(d.name().text());
      if (local instanceof Scope.Symbol.Decl s && s.decl() != d) continue; // a duplicate, reported
      // the id that references to it carry, the same string, so it is hashed once for every map it keys
      String id = local instanceof Scope.Symbol.Decl s ? s.id() : scope.module.name() + "." + d.name().text();
      Decl decl = new Decl(id, scope.module, d, spec.get());
      Optional<String> baseId = baseId(decl, scope, worker); // before the body, so names are recorded in source order
      Block body = d.body().orElseGet(() -> new Block(List.of(), d.span()));
      Block fields = kind.equals("deploy") ? new Block(body.members().stream().filter(m -> m instanceof Member.Field).toList(), body.span()) : body;
      Value.Record record = worker.values.record(new Expr.BlockValue(fields, body.span()), spec.get(), Path.of(d.name().text()), scope);
      out.add(new Body(decl, record, baseId));
    }
    return out;
  }

  /** The id of the declaration a `from` names, when it resolves to one of the same kind (else reported). */
  private static Optional<String> baseId(Decl decl, Scope scope, Worker worker) {
    if (decl.syntax().base().isEmpty()) return Optional.empty();
    var baseName = decl.syntax().base().get();
    String kind = decl.syntax().kind().text();
    Optional<Scope.Symbol> sym = worker.resolver.resolve(scope, baseName, Set.of(kind));
    if (sym.isEmpty()) return Optional.empty();
    if (!(sym.get() instanceof Scope.Symbol.Decl d) || !d.decl().kind().text().equals(kind)) {
      String what = sym.get() instanceof Scope.Symbol.Decl other ? "it is a " + other.decl().kind().text() + ", not a " + kind : "it is not a declaration";
      var diag = Diagnostic.of(Code.E0401, baseName.span(), decl.syntax().name().text(), baseName.text(), what);
      if (sym.get() instanceof Scope.Symbol.Decl other) diag.label(other.decl().name().span(), "declared here");
      worker.diags.add(diag);
      return Optional.empty();
    }
    return Optional.of(d.id());
  }

  /** The declarations of each module, in module order and source order. */
  List<List<Decl>> byModule() { return byModule; }

  Optional<Decl> byId(String id) { return Optional.ofNullable(entries.get(id)).map(e -> e.decl); }

  /** The base declaration of a `from`, when it resolves to one of the same kind. */
  Optional<Decl> base(Decl decl) { return Optional.ofNullable(entries.get(decl.id()).base).map(e -> e.decl); }

  /** The body with its `from` chain merged in; empty when the chain is broken (reported). Safe to call from several workers. */
  Optional<Value.Record> merged(Decl decl) {
    Entry e = entries.get(decl.id());
    return e.merges ? Optional.of(mergedBody(e)) : Optional.empty();
  }

  private static Value.Record mergedBody(Entry e) {
    Value.Record done = e.merged;
    if (done != null) return done;
    // two workers may merge the same base at once: both get equal records
    Value.Record result = e.decl.syntax().base().isEmpty() ? e.own : Merge.over(mergedBody(e.base), e.own);
    e.merged = result;
    return result;
  }

  /** Whether the `from` chain of {@code e} merges; E0402 for a cycle, at the declaration it was entered by. */
  private static boolean chain(Entry e, List<Entry> resolving, Diagnostics diags) {
    if (e.chained) return e.merges;
    e.merges = computeChain(e, resolving, diags);
    e.chained = true;
    return e.merges;
  }

  private static boolean computeChain(Entry e, List<Entry> resolving, Diagnostics diags) {
    if (e.decl.syntax().base().isEmpty()) return true;
    if (e.base == null) return false; // the name did not resolve to a declaration of its kind (reported)
    if (resolving.contains(e)) {
      List<String> cycle = new ArrayList<>();
      for (Entry in : resolving.subList(resolving.indexOf(e), resolving.size())) cycle.add(in.decl.syntax().name().text());
      cycle.add(e.decl.syntax().name().text());
      diags.add(Diagnostic.of(Code.E0402, e.decl.syntax().base().get().span(), String.join(" → ", cycle))
          .hint("one of them must start from nothing"));
      return false;
    }
    resolving.add(e);
    try {
      return chain(e.base, resolving, diags);
    } finally {
      resolving.remove(e);
    }
  }
}
