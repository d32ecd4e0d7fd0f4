package dev.agentc.syntax;

import dev.agentc.source.Span;

/** The `///` lines directly before a declaration or member, joined without the markers. */
public record Doc(String text, Span span) implements Node {}
