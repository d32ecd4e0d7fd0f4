package dev.agentc.build;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.load.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The output folder. Each unit's folder (`OUT/<deploy>/<target>`) is replaced whole, so stale files
 * go; files are first written to a staging folder beside it and then moved into place, so a
 * failed write (a full disk, a folder that is a file) leaves the previous output as it was.
 */
public final class OutputTree {
  /** Writes one file; tests pass one that fails, as a full disk would. */
  @FunctionalInterface
  interface FileWriter {
    void write(Path file, byte[] bytes) throws IOException;
  }

  private final Path root;
  private final String shown;
  private final FileWriter writer;

  /** @param shown the output folder as the user wrote it, for messages */
  public OutputTree(Path root, String shown) { this(root, shown, Files::write); }

  OutputTree(Path root, String shown, FileWriter writer) {
    this.root = root;
    this.shown = shown;
    this.writer = writer;
  }

  /** Writes every unit; on failure, nothing of this build is left behind and the diagnostic says why. */
  public Optional<Diagnostic> write(List<Build.Unit> units) {
    Path staging = null;
    List<Path[]> moved = new ArrayList<>();
    try {
      Files.createDirectories(root);
      staging = Files.createTempDirectory(root, ".agentc-staging-");
      for (Build.Unit u : units) {
        Path dir = staging.resolve(u.dir());
        for (var f : u.files().entrySet()) {
          Path file = dir.resolve(f.getKey());
          Files.createDirectories(file.getParent());
          writer.write(file, f.getValue());
        }
      }
      Path trash = Files.createDirectories(staging.resolve(".previous"));
      int n = 0;
      for (Build.Unit u : units) {
        Path target = root.resolve(u.dir());
        Path old = trash.resolve(Integer.toString(n++));
        if (Files.exists(target)) {
          move(target, old);
          moved.add(new Path[] {old, target});
        }
        Files.createDirectories(target.getParent());
        move(staging.resolve(u.dir()), target);
        moved.add(new Path[] {null, target});
      }
      delete(staging);
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      rollBack(moved);
      if (staging != null) deleteQuietly(staging);
      return Optional.of(Diagnostic.of(Code.E0009, SourceReader.fileSpan(shown), shown, reason(e))
          .hint("choose another output folder with `-o DIR`; the previous output was left as it was").build());
    }
  }

  /** The paths (relative to the output folder) whose bytes on disk differ from the build's: changed, missing or extra. */
  public List<String> differences(List<Build.Unit> units) throws IOException {
    TreeSet<String> diff = new TreeSet<>();
    for (Build.Unit u : units) {
      Path dir = root.resolve(u.dir());
      for (var f : u.files().entrySet()) {
        Path file = dir.resolve(f.getKey());
        if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), f.getValue())) diff.add(u.dir() + "/" + f.getKey());
      }
      if (Files.isDirectory(dir)) {
        try (Stream<Path> on = Files.walk(dir)) {
          on.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !u.files().containsKey(p)).forEach(p -> diff.add(u.dir() + "/" + p));
        }
      }
    }
    return List.copyOf(diff);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Puts back what was moved away, newest first. */
  private static void rollBack(List<Path[]> moved) {
    for (int i = moved.size() - 1; i >= 0; i--) {
      Path[] m = moved.get(i);
      try {
        if (m[0] == null) deleteQuietly(m[1]);
        else move(m[0], m[1]);
      } catch (IOException ignored) {
        // Best effort: the staging folder still holds the previous output.
      }
    }
  }

  private String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    return switch (cause) {
      case FileAlreadyExistsException f -> "`" + f.getFile() + "` is a file, not a folder";
      case AccessDeniedException a -> "permission denied on `" + a.getFile() + "`";
      case NoSuchFileException n -> "`" + n.getFile() + "` does not exist";
      default -> Optional.ofNullable(cause.getMessage()).orElse(cause.getClass().getSimpleName());
    };
  }

  private static void delete(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      delete(p);
    } catch (IOException ignored) {
      // Leftovers are named .agentc-staging-*; nothing reads them.
    }
  }
}
