package dev.agentc.target.compose;

import dev.agentc.source.Span;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Names handed out in one namespace of a Compose file; a second claim on a name returns the first. */
final class Claims {
  /** Who took a name, and the source text that made it. */
  record Claim(String owner, Span span) {}

  private final Map<String, Claim> taken = new HashMap<>();

  /** Takes {@code name} for {@code owner}; when it was taken already, the earlier claim. */
  Optional<Claim> claim(String name, String owner, Span span) {
    return Optional.ofNullable(taken.putIfAbsent(name, new Claim(owner, span)));
  }
}
