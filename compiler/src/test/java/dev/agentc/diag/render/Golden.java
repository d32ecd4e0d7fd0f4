package dev.agentc.diag.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a file under {@code src/test/resources/dev/agentc/diag/render/}. Run with
 * {@code -Dagentc.updateGolden=true} (or {@code AGENTC_UPDATE_GOLDEN=1}) to rewrite the files
 * after an intended change, then review the diff.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/dev/agentc/diag/render");

  private Golden() {}

  static void check(String name, String actual) throws IOException {
    if (Boolean.getBoolean("agentc.updateGolden") || System.getenv("AGENTC_UPDATE_GOLDEN") != null) {
      Files.createDirectories(DIR);
      Files.writeString(DIR.resolve(name), actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = Golden.class.getResourceAsStream(name)) {
      if (in == null) throw new AssertionError("missing golden file " + name + "; run with -Dagentc.updateGolden=true to create it");
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(expected, actual, "output differs from golden file " + name);
  }
}
