package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every golden manifest validates against the OpenAPI schemas of npm `kubernetes-models` and its
 * CRD packages (`src/test/node/validate.mjs`). Needs `node` and the validators installed by
 * `npm ci` (the build's `npm-validators` step): without them the test fails rather than skips.
 */
class NodeValidationTest {
  static final Path NODE_DIR = Path.of("src/test/node");

  @Test
  void everyGoldenDocumentMatchesItsSchema() throws IOException, InterruptedException {
    assertTrue(Files.isDirectory(NODE_DIR.resolve("node_modules/kubernetes-models")),
        "the validators are not installed: run `npm ci` in " + NODE_DIR.toAbsolutePath());
    List<String> command = new ArrayList<>(List.of("node", "validate.mjs"));
    for (Path p : ReadBackTest.goldenManifests()) command.add(p.toAbsolutePath().toString());
    Process node;
    try {
      node = new ProcessBuilder(command).directory(NODE_DIR.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError("cannot run `node`: install Node.js to validate the manifests", e);
    }
    String report = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node validate.mjs did not finish");
    assertEquals(0, node.exitValue(), report);
    assertTrue(report.contains(" 0 invalid"), report);
  }
}
