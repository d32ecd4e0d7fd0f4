package dev.agentc.syntax;

import dev.agentc.source.Span;

/** Every syntax node knows the source text it came from. */
public interface Node {
  Span span();
}
