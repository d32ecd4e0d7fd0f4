package dev.agentc.check;

import dev.agentc.source.Span;

/**
 * A name in the source and what it resolved to: {@code use} is the name as written (one part of a
 * dotted name), {@code target} the name of the declaration, `let` or import it denotes, or the
 * whole file of a module. Editors read these for go to definition, references and rename.
 */
public record Resolution(Span use, Span target) {}
