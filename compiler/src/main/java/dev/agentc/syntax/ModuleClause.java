package dev.agentc.syntax;

import dev.agentc.source.Span;

/** `module acme.support`. */
public record ModuleClause(QualifiedName name, Span span) implements Node {}
