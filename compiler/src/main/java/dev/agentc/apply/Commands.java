package dev.agentc.apply;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the tools some targets provision with (`docker compose`, `pulumi`); tests pass one that
 * records the command lines instead.
 */
@FunctionalInterface
public interface Commands {
  /** How a command ended, and the last lines it printed (stdout and stderr together). */
  record Result(int exit, String tail) {
    public boolean ok() { return exit == 0; }
  }

  /** Runs {@code command} in {@code dir}, passing each line it prints to {@code progress}; empty when the program is not installed. */
  Optional<Result> run(List<String> command, Path dir, Duration timeout, Progress progress);

  int TAIL_LINES = 20;

  Commands SYSTEM = (command, dir, timeout, progress) -> {
    Process process;
    try {
      process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    } catch (IOException e) {
      return Optional.empty(); // "Cannot run program": not on PATH
    }
    try {
      process.getOutputStream().close(); // no questions answered: tools must not wait for input
    } catch (IOException ignored) {
      // already closed
    }
    Deque<String> tail = new ArrayDeque<>();
    Thread reader = Thread.ofVirtual().start(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          progress.step("    " + line);
          synchronized (tail) {
            tail.addLast(line);
            if (tail.size() > TAIL_LINES) tail.removeFirst();
          }
        }
      } catch (IOException ignored) {
        // the process went away; its exit code tells
      }
    });
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return Optional.of(new Result(-1, "did not finish within " + timeout.toSeconds() + " s"));
      }
      reader.join(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return Optional.of(new Result(-1, "interrupted"));
    }
    synchronized (tail) {
      return Optional.of(new Result(process.exitValue(), String.join("\n", tail)));
    }
  };
}
