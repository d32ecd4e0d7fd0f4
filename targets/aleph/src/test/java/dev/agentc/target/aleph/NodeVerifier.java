package dev.agentc.target.aleph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs src/test/node/verify.mjs (the Aleph TypeScript SDK) over message files. A test that uses
 * it fails — never skips — when Node or the installed SDK (`npm ci` in src/test/node, which the
 * build's `npm-validators` execution runs) is missing.
 */
final class NodeVerifier {
  private NodeVerifier() {}

  /** What verify.mjs said: its exit code and its output. */
  record Run(int exit, String output) {}

  static Path dir() { return AlephTestSupport.moduleDir().resolve("src/test/node"); }

  /** Asserts that the SDK accepts every message of {@code files}. */
  static void verify(List<Path> files) {
    Run run = run(files);
    assertEquals(0, run.exit(), () -> "the Aleph SDK rejects the messages:\n" + run.output());
    assertTrue(run.output().contains(" 0 problems"), run.output());
  }

  static Run run(List<Path> files) {
    assertTrue(Files.isDirectory(dir().resolve("node_modules/@aleph-sdk/evm")) && Files.isDirectory(dir().resolve("node_modules/@aleph-sdk/message")),
        "the Aleph SDK is not installed: run `npm ci` in " + dir());
    List<String> command = new ArrayList<>(List.of("node", "verify.mjs"));
    files.forEach(f -> command.add(f.toAbsolutePath().toString()));
    try {
      Process p = new ProcessBuilder(command).directory(dir().toFile()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "verify.mjs did not finish");
      return new Run(p.exitValue(), output);
    } catch (IOException e) {
      return fail("cannot run `node verify.mjs` (Node.js is needed for the Aleph SDK validation): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted");
    }
  }
}
