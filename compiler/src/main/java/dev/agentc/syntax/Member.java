package dev.agentc.syntax;

import dev.agentc.source.Span;
import java.util.Optional;

/** A member of a block. */
public sealed interface Member extends Node {
  Optional<Doc> doc();

  /**
   * `key = value`, or `key { … }` (then the value is an {@link Expr.BlockValue}). A key written as a
   * string (`"x-y" = 1`) is marked {@code quotedKey}.
   */
  record Field(Optional<Doc> doc, Ident key, boolean quotedKey, Expr value, Span span) implements Member {}

  /** `override NAME { … }` inside a deploy. */
  record Override(Optional<Doc> doc, Ident target, Block body, Span span) implements Member {}
}
