package dev.agentc.check;

import dev.agentc.load.Module;
import dev.agentc.syntax.Declaration;
import dev.agentc.syntax.Ident;
import dev.agentc.syntax.Import;
import dev.agentc.syntax.Let;
import dev.agentc.syntax.TopLevel;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
  /** The import bindings that a lookup went through, by identity: hashing a record would hash its spans. */
  final Set<Imported> used = Collections.newSetFromMap(new IdentityHashMap<>());

  Scope(Module module) { this.module = module; }

  Optional<Symbol> local(String name) { return Optional.ofNullable(locals.get(name)); }

  /** Looks a name up among locals, then imports; marks the import used. */
  Optional<Symbol> lookup(String name) {
    Symbol s = locals.get(name);
    if (s != null) return Optional.of(s);
    Imported i = imported.get(name);
    if (i == null) return Optional.empty();
    used.add(i);
    return Optional.of(i.symbol());
  }

  static Symbol of(Module module, TopLevel item) {
    return switch (item) {
      case Declaration d -> new Symbol.Decl(module, d, module.name() + "." + d.name().text());
      case Let l -> new Symbol.Constant(module, l);
    };
  }
}
