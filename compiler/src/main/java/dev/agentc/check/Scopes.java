package dev.agentc.check;

import dev.agentc.Parallel;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds every module's scope: duplicate names, selective imports, aliases, clashes. */
final class Scopes {
  private final Map<String, Module> modules = new LinkedHashMap<>();
  private final Map<String, Scope> scopes = new LinkedHashMap<>();
  /** The names that imports resolved, in the order bound. */
  private final List<Resolution> importResolutions = new ArrayList<>();

  Scopes(Project project, Diagnostics diags) {
    for (Module m : project.modules()) modules.putIfAbsent(m.name(), m);
    record Declared(Scope scope, List<Diagnostic> duplicates) {}
    List<Declared> declared = Parallel.map(List.copyOf(modules.values()), m -> {
      List<Diagnostic> duplicates = new ArrayList<>();
      return new Declared(declare(m, duplicates), duplicates);
    });
    for (Declared d : declared) {
      scopes.put(d.scope().module.name(), d.scope());
      diags.addAll(d.duplicates());
    }
    for (Scope s : scopes.values()) bindImports(s, diags);
  }

  Scope of(Module m) { return scopes.get(m.name()); }

  Optional<Module> module(String name) { return Optional.ofNullable(modules.get(name)); }

  /** Every module's scope, in module order. */
  List<Scope> all() { return List.copyOf(scopes.values()); }

  /** The names that imports resolved, in the order bound. */
  List<Resolution> importResolutions() { return importResolutions; }

  /** A module's own names; runs for every module in parallel, so duplicates go to a list of its own. */
  private static Scope declare(Module m, List<Diagnostic> duplicates) {
    Scope scope = new Scope(m);
    for (TopLevel item : m.unit().items()) {
      Scope.Symbol previous = scope.locals.putIfAbsent(item.name().text(), Scope.of(m, item));
      if (previous != null) {
        duplicates.add(Diagnostic.of(Code.E0203, item.name().span(), item.name().text(), m.name())
            .label(declaredAt(previous), "first declared here")
            .hint("rename one of them; names are unique within a module whatever their kind").build());
      }
    }
    return scope;
  }

  private void bindImports(Scope scope, Diagnostics diags) {
    for (Import imp : scope.module.unit().imports()) {
      Module target = modules.get(imp.module().text());
      if (target == null) continue; // the loader reported the unknown module
      importResolutions.add(new Resolution(imp.module().span(), declaredAt(new Scope.Symbol.ModuleRef(target))));
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
          importResolutions.add(new Resolution(name.span(), declaredAt(sym.get())));
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
    return i != null && i.from() == imp && s.isUsed(i);
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
            if (i != null && i.from() == imp && !s.isUsed(i)) {
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
