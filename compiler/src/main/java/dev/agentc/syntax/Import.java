package dev.agentc.syntax;

import dev.agentc.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * `import std.gpu` (the module under its last segment), `import a.b as c` (under an alias), or
 * `import std.region.{us_east, eu_west}` (those names directly).
 */
public record Import(QualifiedName module, Optional<Ident> alias, List<Ident> selected, Span span) implements Node {
  public Import {
    selected = List.copyOf(selected);
  }

  public boolean isSelective() { return !selected.isEmpty(); }

  /** The name the module itself is bound to, when it is bound at all. */
  public Optional<Ident> boundName() {
    if (isSelective()) return Optional.empty();
    return alias.or(() -> Optional.of(module.last()));
  }
}
