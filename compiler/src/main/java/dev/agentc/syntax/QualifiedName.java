package dev.agentc.syntax;

import dev.agentc.source.Span;
import java.util.List;
import java.util.stream.Collectors;

/** A dotted name: `std.gpu`, `gpu.H100_80GB`. */
public record QualifiedName(List<Ident> parts, Span span) implements Node {
  public QualifiedName {
    parts = List.copyOf(parts);
  }

  /** The name as written; most names are one part, which needs no joining (this runs for every reference checked). */
  public String text() { return parts.size() == 1 ? parts.get(0).text() : parts.stream().map(Ident::text).collect(Collectors.joining(".")); }

  public Ident last() { return parts.get(parts.size() - 1); }
}
