package dev.agentc.check;

import dev.agentc.model.Value;
import dev.agentc.schema.FieldSpec;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The defaults of schema fields as values, parsed once per check and shared by its workers.
 * Keyed by identity: hashing a field spec would hash its whole type.
 */
final class Defaults {
  private final Map<FieldSpec, Optional<Value>> parsed = new IdentityHashMap<>();

  /** The default of {@code field} if it was parsed already, else null. */
  synchronized Optional<Value> known(FieldSpec field) { return parsed.get(field); }

  synchronized Optional<Value> of(FieldSpec field, Function<FieldSpec, Optional<Value>> parse) {
    return parsed.computeIfAbsent(field, parse);
  }
}
