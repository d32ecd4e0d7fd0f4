package dev.agentc.ir;

import dev.agentc.source.Span;

/** A value with the span of the `.agent` text that set it. */
public record Sourced<T>(T value, Span span) {
  public static <T> Sourced<T> of(T value, Span span) { return new Sourced<>(value, span); }
}
