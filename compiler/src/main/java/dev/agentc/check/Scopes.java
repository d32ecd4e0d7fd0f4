package dev.agentc.check;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.diag.Suggest;
import dev.agentc.load.Module;
import dev.agentc.load.Project;
import dev.agentc.source.Span;
import dev.agentc.syntax.Ident;
import dev.agentc.syntax.Import;
import dev.agentc.syntax.TopLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds every module's scope: duplicate names, selective imports, aliases, clashes. */
final class Scopes {
  private final Map<String, Module> modules = new LinkedHashMap<>();
  private final Map<String, Scope> scopes = new LinkedHashMap<>();
  /**
   * Every name resolved so far, in the order resolved; a name resolved twice is in it twice, and
   * {@link #resolutions} keeps the first (cheaper than a map keyed by span on every lookup).
   */
  private final List<Resolution> resolutions = new ArrayList<>();

  Scopes(Project project, Diagnostics diags) {
    for (Module m : project.modules()) modules.putIfAbsent(m.name(), m);
    for (Module m : modules.values()) scopes.put(m.name(), declare(m, diags));
    for (Scope s : scopes.values()) bindImports(s, diags);
  }

  Scope of(Module m) { return scopes.get(m.name()); }

  Optional<Module> module(String name) { return Optional.ofNullable(modules.get(name)); }

  Iterable<Scope> all() { return scopes.values(); }

  /** Records that the name at {@code use} denotes {@code symbol}. */
  void resolved(Span use, Scope.Symbol symbol) { resolutions.add(new Resolution(use, declaredAt(symbol))); }

  /** What {@link #resolved} recorded, sorted by file and position, each use once (the first recorded). */
  List<Resolution> resolutions() {
    List<Resolution> sorted = new ArrayList<>(resolutions);
    sorted.sort(BY_USE); // stable: of the same use resolved twice, the first stays first
    List<Resolution> out = new ArrayList<>(sorted.size());
    for (Resolution r : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).use().equals(r.use())) out.add(r);
    }
    return List.copyOf(out);
  }

  /** By file, start, end; the spans of one file share its path, so the path is compared only across files. */
  private static final Comparator<Resolution> BY_USE = (a, b) -> {
    Span x = a.use();
    Span y = b.use();
    int byFile = x.file() == y.file() ? 0 : x.file().compareTo(y.file());
    if (byFile != 0) return byFile;
    return x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(x.end(), y.end());
  };

  private static Scope declare(Module m, Diagnostics diags) {
    Scope scope = new Scope(m);
    for (TopLevel item : m.unit().items()) {
      Scope.Symbol previous = scope.locals.putIfAbsent(item.name().text(), Scope.of(m, item));
      if (previous != null) {
        diags.add(Diagnostic.of(Code.E0203, item.name().span(), item.name().text(), m.name())
            .label(declaredAt(previous), "first declared here")
            .hint("rename one of them; names are unique within a module whatever their kind"));
      }
    }
    return scope;
  }

  private void bindImports(Scope scope, Diagnostics diags) {
    for (Import imp : scope.module.unit().imports()) {
      Module target = modules.get(imp.module().text());
      if (target == null) continue; // the loader reported the unknown module
      resolved(imp.module().span(), new Scope.Symbol.ModuleRef(target));
      if (imp.isSelective()) {
        Scope targetScope = scopes.get(target.name());
        for (Ident name : imp.selected()) {
          Optional<Scope.Symbol> sym = targetScope.local(name.text());
          if (sym.isEmpty()) {
            var d = Diagnostic.of(Code.E0205, name.span(), target.name(), name.text());
            Suggest.closest(name.text(), targetScope.locals.keySet()).ifPresent(d::suggest);
            diags.add(d);
            continue;
          }
          resolved(name.span(), sym.get());
          bind(scope, name, new Scope.Imported(sym.get(), imp, name), diags);
        }
      } else {
        Ident bound = imp.boundName().orElseThrow();
        bind(scope, bound, new Scope.Imported(new Scope.Symbol.ModuleRef(target), imp, bound), diags);
      }
    }
  }

  private static void bind(Scope scope, Ident name, Scope.Imported imported, Diagnostics diags) {
    Scope.Symbol local = scope.locals.get(name.text());
    if (local != null) {
      diags.add(Diagnostic.of(Code.E0207, name.span(), name.text()).label(declaredAt(local), "declared here")
          .hint("import it under another name with `as`, or rename the declaration"));
      return;
    }
    Scope.Imported previous = scope.imported.putIfAbsent(name.text(), imported);
    if (previous != null && !previous.symbol().equals(imported.symbol())) {
      diags.add(Diagnostic.of(Code.E0207, name.span(), name.text()).label(previous.boundAt().span(), "also imported here")
          .hint("import one of them under another name with `as`"));
    }
  }

  /** Where a symbol is declared: its name, or the whole file of a module. */
  static Span declaredAt(Scope.Symbol s) {
    return switch (s) {
      case Scope.Symbol.Decl d -> d.decl().name().span();
      case Scope.Symbol.Constant c -> c.let().name().span();
      case Scope.Symbol.ModuleRef m -> m.module().unit().span();
    };
  }

  /** Whether a lookup went through the name a whole-module import binds. */
  private static boolean isUsed(Scope s, Import imp) {
    Scope.Imported i = s.imported.get(imp.boundName().orElseThrow().text());
    return i != null && i.from() == imp && s.used.contains(i);
  }

  /** W0201 for every import of a user module that nothing used. */
  void reportUnused(Diagnostics diags) {
    for (Scope s : scopes.values()) {
      if (s.module.std()) continue;
      for (Import imp : s.module.unit().imports()) {
        if (!modules.containsKey(imp.module().text())) continue;
        if (imp.isSelective()) {
          for (Ident name : imp.selected()) {
            Scope.Imported i = s.imported.get(name.text());
            if (i != null && i.from() == imp && !s.used.contains(i)) {
              diags.add(Diagnostic.of(Code.W0201, name.span(), name.text()).hint("remove it from the import"));
            }
          }
        } else if (!isUsed(s, imp)) {
          diags.add(Diagnostic.of(Code.W0201, imp.span(), imp.module().text()).fix(
              dev.agentc.diag.Fix.replace("remove the import", imp.span(), "")).hint("remove the import"));
        }
      }
    }
  }
}
