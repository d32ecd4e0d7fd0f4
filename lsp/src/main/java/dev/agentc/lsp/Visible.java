package dev.agentc.lsp;

import dev.agentc.load.Module;
import dev.agentc.model.Entity;
import dev.agentc.schema.Schema;
import dev.agentc.syntax.Ident;
import dev.agentc.syntax.Import;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declarations a module can name, and how: its own by name, what it imports (selected names
 * directly, a module under its bound name as {@code m.x}), and the std catalog entries of a
 * catalog kind by name (LANGUAGE.md §3).
 */
final class Visible {
  private Visible() {}

  /** How one declaration is written from the module. */
  record Named(String label, Entity entity) {}

  /** The declarations of {@code kinds} (any kind when empty) {@code module} can name, by label. */
  static List<Named> of(Snapshot s, Module module, Set<String> kinds) {
    Map<String, Named> out = new LinkedHashMap<>();
    List<Entity> entities = s.compilation().model().map(m -> List.copyOf(m.entities().values())).orElse(List.of());
    for (Entity e : entities) {
      if (!kinds.isEmpty() && !kinds.contains(e.kind())) continue;
      if (e.module().equals(module.name())) out.putIfAbsent(e.name(), new Named(e.name(), e));
    }
    for (Import imp : module.unit().imports()) {
      String target = imp.module().text();
      for (Entity e : entities) {
        if (!e.module().equals(target) || (!kinds.isEmpty() && !kinds.contains(e.kind()))) continue;
        if (imp.isSelective()) {
          if (imp.selected().stream().map(Ident::text).anyMatch(e.name()::equals)) out.putIfAbsent(e.name(), new Named(e.name(), e));
        } else {
          String label = imp.boundName().orElseThrow().text() + "." + e.name();
          out.putIfAbsent(label, new Named(label, e));
        }
      }
    }
    for (Entity e : entities) {
      if (Schema.CATALOG_KINDS.contains(e.kind()) && kinds.contains(e.kind()) && e.module().equals("std." + e.kind())) {
        out.putIfAbsent(e.name(), new Named(e.name(), e));
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Every module name an import may name: the project's and the std ones. */
  static List<String> modules(Snapshot s) {
    List<String> out = new ArrayList<>();
    for (Module m : s.modules()) if (!out.contains(m.name())) out.add(m.name());
    return out;
  }
}
