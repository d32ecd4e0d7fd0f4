package dev.agentc.syntax;

import dev.agentc.source.Span;
import java.util.Optional;

/** `let name = expr`. */
public record Let(Optional<Doc> doc, Ident name, Expr value, Span span) implements TopLevel {}
