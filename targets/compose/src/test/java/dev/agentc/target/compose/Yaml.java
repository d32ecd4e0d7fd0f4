package dev.agentc.target.compose;

import java.util.Map;

/**
 * Test support: reads a compose file back with SnakeYAML (there through Jackson YAML), which
 * resolves plain scalars by YAML 1.1 rules (`yes`, `on`, `22:22`) as docker-compose 1.29's
 * PyYAML does, and walks it by key path.
 */
final class Yaml {
  private Yaml() {}

  static Map<String, Object> read(String text) { return new org.yaml.snakeyaml.Yaml().load(text); }

  /** The value at {@code path} (`services`, `a`, `deploy` …), or null when a key is missing. */
  static Object at(Map<String, Object> doc, String... path) {
    Object current = doc;
    for (String key : path) {
      if (!(current instanceof Map<?, ?> m)) return null;
      current = m.get(key);
    }
    return current;
  }
}
