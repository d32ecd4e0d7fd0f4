package dev.agentc.target;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the user said on the command line that targets may need: a signing key file and sender
 * for Aleph messages, and the time to stamp messages with so builds can be reproduced.
 *
 * @param env the environment (for `SOURCE_DATE_EPOCH`, `AGENTC_ALEPH_KEY_FILE`), passed in so tests control it
 */
public record BuildOptions(Optional<Path> signKey, Optional<String> sender, Optional<Long> time, Map<String, String> env) {
  public BuildOptions {
    env = Map.copyOf(env);
  }

  public static final BuildOptions DEFAULT = new BuildOptions(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
}
