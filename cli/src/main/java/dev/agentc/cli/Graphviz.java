package dev.agentc.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Graphviz's {@code dot}, found on the {@code PATH} of the command's environment, turning DOT into SVG. */
final class Graphviz {
  /** The Debian package that provides {@code dot}. */
  static final String PACKAGE = "graphviz";

  private Graphviz() {}

  /** The {@code dot} executable on {@code PATH}, if any. */
  static Optional<Path> find(Map<String, String> env) {
    String path = env.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      for (String name : new String[] {"dot", "dot.exe"}) {
        Path candidate = Path.of(dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** What {@code dot -Tsvg} made of the DOT text. */
  sealed interface Result {
    record Svg(String svg) implements Result {}

    record Failed(String reason) implements Result {}
  }

  static Result svg(Path dot, String source) {
    try {
      Process p = new ProcessBuilder(dot.toString(), "-Tsvg").start();
      // Feed stdin and drain stderr on their own threads so a large graph cannot fill a pipe and stall.
      CompletableFuture<Void> in = CompletableFuture.runAsync(() -> write(p.getOutputStream(), source));
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
      String out = read(p.getInputStream());
      int code = p.waitFor();
      in.join();
      if (code != 0) return new Result.Failed("`dot -Tsvg` exited with " + code + ": " + err.join().strip());
      return new Result.Svg(out);
    } catch (IOException e) {
      return new Result.Failed("cannot run `" + dot + "`: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result.Failed("interrupted while `dot` was running");
    }
  }

  private static void write(OutputStream stdin, String text) {
    try (stdin) {
      stdin.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException ignored) {
      // dot exited early; its exit code and stderr tell why.
    }
  }

  private static String read(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
