package dev.agentc.ir;

import dev.agentc.source.Span;
import java.util.Optional;

/**
 * A store's data: engine, volume and persistence.
 *
 * @param dataPath where the engine keeps its data inside the container
 */
public record Storage(String engine, Optional<Memory> size, String persistence, String dataPath, Optional<Backup> backup, Span span) {
  public record Backup(String schedule, int keep, Span span) {}
}
