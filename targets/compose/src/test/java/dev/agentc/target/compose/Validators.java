package dev.agentc.target.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The outside validators, run as processes: Debian's docker-compose 1.29 (`config -q`) and the
 * compose-spec JSON schema under ajv (`src/test/node/validate.mjs`). A missing tool fails the
 * test: `.ci/run` installs both.
 */
final class Validators {
  static final Path NODE_DIR = Path.of("src/test/node").toAbsolutePath();

  private Validators() {}

  /** Output and exit code of a finished process. */
  record Run(int exit, String output) {}

  /**
   * `docker-compose -f compose.yaml config -q` on a copy of {@code file} in {@code dir}, so no
   * `.env` or other file near the golden copy can change what it reads. It does not need the
   * secret files to exist (checked by hand with 1.29.2), so none are made.
   */
  static void dockerCompose(Path file, Path dir) throws IOException, InterruptedException {
    Path copy = Files.copy(file, dir.resolve(ComposeFile.PATH));
    Run run = run(dir, List.of("docker-compose", "-f", copy.toString(), "config", "-q"),
        "docker-compose is missing: `.ci/run` installs Debian's docker-compose (apt-get install docker-compose)");
    assertEquals(0, run.exit(), () -> "docker-compose config rejects " + file + ":\n" + run.output());
  }

  /** `node validate.mjs FILE...`: every file against the compose-spec schema. */
  static void schema(List<Path> files) throws IOException, InterruptedException {
    if (!Files.isDirectory(NODE_DIR.resolve("node_modules"))) {
      fail("src/test/node/node_modules is missing: `mvn verify` runs `npm ci` there (execution npm-validators); `.ci/run` installs node and npm");
    }
    List<String> command = new ArrayList<>(List.of("node", "validate.mjs"));
    files.forEach(f -> command.add(f.toAbsolutePath().toString()));
    Run run = run(NODE_DIR, command, "node is missing: `.ci/run` installs Node.js and npm");
    assertEquals(0, run.exit(), () -> "the compose-spec schema rejects a file:\n" + run.output());
  }

  private static Run run(Path dir, List<String> command, String missing) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      fail(missing + " (" + e.getMessage() + ")");
      throw e;
    }
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail(String.join(" ", command) + " did not finish in 2 minutes");
    }
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
