package dev.agentc.diag;

import dev.agentc.source.Span;

/** A secondary span with a short message, such as "`from` sets it here". */
public record Label(Span span, String message) {}
