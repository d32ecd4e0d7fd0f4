package dev.agentc.lsp;

import dev.agentc.check.Resolution;
import dev.agentc.source.Span;
import dev.agentc.syntax.SourceUnit;
import dev.agentc.syntax.TopLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names and what they denote, from the checker's resolutions: the name at an offset, the
 * declaration a target span names, and every use of a declaration.
 */
final class Names {
  private Names() {}

  /** The resolved name at {@code offset} of a file. */
  static Optional<Resolution> useAt(Snapshot s, String shown, int offset) {
    for (Resolution r : s.uses(shown)) if (r.use().start() <= offset && offset <= r.use().end()) return Optional.of(r);
    return Optional.empty();
  }

  /** The declaration or `let` whose name is {@code target}, if it is one. */
  static Optional<TopLevel> declarationAt(Snapshot s, Span target) {
    return s.unit(target.file()).flatMap(u -> u.items().stream().filter(i -> i.name().span().equals(target)).findFirst());
  }

  /**
   * The name of the declaration or `let` that the name at {@code offset} denotes, whether it is
   * a use or the declaration's own name.
   */
  static Optional<Span> targetAt(Snapshot s, String shown, int offset) {
    Optional<Resolution> use = useAt(s, shown, offset);
    if (use.isPresent()) return Optional.of(use.get().target());
    return s.unit(shown).flatMap(u -> ownNameAt(u, offset)).map(TopLevel::name).map(n -> n.span());
  }

  private static Optional<TopLevel> ownNameAt(SourceUnit u, int offset) {
    return u.items().stream().filter(i -> i.name().span().start() <= offset && offset <= i.name().span().end()).findFirst();
  }

  /** The uses of a declaration, and its own name first when {@code withDeclaration}. */
  static List<Span> occurrences(Snapshot s, Span target, boolean withDeclaration) {
    List<Span> out = new ArrayList<>();
    if (withDeclaration) out.add(target);
    for (Resolution r : s.usesOf(target)) if (!out.contains(r.use())) out.add(r.use());
    return out;
  }
}
