package dev.agentc.syntax;

import dev.agentc.source.Span;

/** A name as written. */
public record Ident(String text, Span span) implements Node {}
