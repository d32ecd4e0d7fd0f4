package dev.agentc.check;

import dev.agentc.load.Module;
import dev.agentc.syntax.Declaration;
import dev.agentc.syntax.Ident;
import dev.agentc.syntax.Import;
import dev.agentc.syntax.Let;
import dev.agentc.syntax.TopLevel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The names visible in one module: its own declarations and lets, and what it imports. */
final class Scope {
  /** A name bound by an import, and the import that bound it (for the unused-import warning). */
  record Imported(Symbol symbol, Import from, Ident boundAt) {}

  /** What a name can denote. */
  sealed interface Symbol {
    /** {@code id} is `module.name`, built once: every reference to the declaration carries it. */
    record Decl(Module module, Declaration decl, String id) implements Symbol {}

    record Constant(Module module, Let let) implements Symbol {}

    record ModuleRef(Module module) implements Symbol {}
  }

  final Module module;
  final Map<String, Symbol> locals = new LinkedHashMap<>();
  final Map<String, Imported> imported = new LinkedHashMap<>();
  /**
   * The names of the import bindings that a lookup went through (a name is bound once). Concurrent:
   * the checker's workers look names up in the scope of any module whose `let` or `from` they follow.
   */
  final Set<String> used = ConcurrentHashMap.newKeySet();

  Scope(Module module) { this.module = module; }

  Optional<Symbol> local(String name) { return Optional.ofNullable(locals.get(name)); }

  /** Whether a lookup went through the import binding {@code i}. */
  boolean isUsed(Imported i) { return used.contains(i.boundAt().text()); }

  /** Looks a name up among locals, then imports; marks the import used. */
  Optional<Symbol> lookup(String name) {
    Symbol s = locals.get(name);
    if (s != null) return Optional.of(s);
    Imported i = imported.get(name);
    if (i == null) return Optional.empty();
    if (!used.contains(name)) used.add(name); // a look-up without the lock of an add, once the import is marked
    return Optional.of(i.symbol());
  }

  static Symbol of(Module module, TopLevel item) {
    return switch (item) {
      case Declaration d -> new Symbol.Decl(module, d, module.name() + "." + d.name().text());
      case Let l -> new Symbol.Constant(module, l);
    };
  }
}
