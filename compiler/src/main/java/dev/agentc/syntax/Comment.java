package dev.agentc.syntax;

import dev.agentc.source.Span;

/** A comment as written (`//`, `///` or a block), kept for the formatter. */
public record Comment(String text, Span span) implements Node {
  public boolean isDoc() { return text.startsWith("///"); }

  public boolean isBlock() { return text.startsWith("/*"); }
}
