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
    try (Staging staging = staging()) {
      units.forEach(staging::add);
      return staging.commit();
    }
  }

  /** A staging folder to write units into as they are built; closing it without a commit leaves nothing behind. */
  public Staging staging() { return new Staging(); }

  /**
   * Units written one at a time, so a build need not hold every file's bytes until the end, then
   * moved into place together by {@link #commit}. A failed write is kept and reported by the commit.
   */
  public final class Staging implements AutoCloseable {
    private Path dir;
    private boolean createdRoot;
    private boolean committed;
    private IOException failure;
    private final List<String> unitDirs = new ArrayList<>();

    private Staging() {}

    /** Writes the unit's files into the staging folder; returns the unit without their bytes. */
    public Build.Unit add(Build.Unit u) {
      if (failure == null) {
        try {
          Path unitDir = open().resolve(u.dir());
          for (var f : u.files().entrySet()) {
            Path file = unitDir.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            writer.write(file, f.getValue());
          }
          unitDirs.add(u.dir());
        } catch (IOException e) {
          failure = e;
        } catch (UncheckedIOException e) {
          failure = e.getCause();
        }
      }
      return u.withoutBytes();
    }

    /** Moves every unit's folder into place, replacing the previous one whole; on failure, puts the previous ones back. */
    public Optional<Diagnostic> commit() {
      List<Path[]> moved = new ArrayList<>();
      try {
        if (failure != null) throw failure;
        Path staging = open();
        Path trash = Files.createDirectories(staging.resolve(".previous"));
        int n = 0;
        for (String unitDir : unitDirs) {
          Path target = root.resolve(unitDir);
          Path old = trash.resolve(Integer.toString(n++));
          if (Files.exists(target)) {
            move(target, old);
            moved.add(new Path[] {old, target});
          }
          Files.createDirectories(target.getParent());
          move(staging.resolve(unitDir), target);
          moved.add(new Path[] {null, target});
        }
        delete(staging);
        committed = true;
        return Optional.empty();
      } catch (IOException | UncheckedIOException e) {
        rollBack(moved);
        return Optional.of(Diagnostic.of(Code.E0009, SourceReader.fileSpan(shown), shown, reason(e))
            .hint("choose another output folder with `-o DIR`; the previous output was left as it was").build());
      }
    }

    /** Removes what was staged, unless it was committed. */
    @Override
    public void close() {
      if (committed) return;
      if (dir != null) deleteQuietly(dir);
      try {
        if (createdRoot) Files.deleteIfExists(root);
      } catch (IOException ignored) {
        // Not empty: something else wrote there meanwhile; leave it.
      }
    }

    private Path open() throws IOException {
      if (dir == null) {
        createdRoot = !Files.exists(root);
        Files.createDirectories(root);
        dir = Files.createTempDirectory(root, ".agentc-staging-");
      }
      return dir;
    }
  }

  /** The paths (relative to the output folder) whose bytes on disk differ from the build's: changed, missing or extra. */
  public List<String> differences(List<Build.Unit> units) throws IOException {
    Comparison comparison = comparison();
    units.forEach(comparison::add);
    return comparison.differences();
  }

  /** A comparison with the disk to feed units into as they are built. */
  public Comparison comparison() { return new Comparison(); }

  /** Units compared with the files on disk one at a time; a failed read is kept and thrown by {@link #differences()}. */
  public final class Comparison {
    private final TreeSet<String> differ = new TreeSet<>();
    private IOException failure;

    private Comparison() {}

    /** Compares the unit's folder with the disk; returns the unit without its files' bytes. */
    public Build.Unit add(Build.Unit u) {
      if (failure == null) {
        try {
          compare(u);
        } catch (IOException e) {
          failure = e;
        } catch (UncheckedIOException e) {
          failure = e.getCause();
        }
      }
      return u.withoutBytes();
    }

    /** The paths that differ: changed, missing or extra, sorted. */
    public List<String> differences() throws IOException {
      if (failure != null) throw failure;
      return List.copyOf(differ);
    }

    private void compare(Build.Unit u) throws IOException {
      Path dir = root.resolve(u.dir());
      for (var f : u.files().entrySet()) {
        Path file = dir.resolve(f.getKey());
        if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), f.getValue())) differ.add(u.dir() + "/" + f.getKey());
      }
      if (Files.isDirectory(dir)) {
        try (Stream<Path> on = Files.walk(dir)) {
          on.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !u.files().containsKey(p)).forEach(p -> differ.add(u.dir() + "/" + p));
        }
      }
    }
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

  private static String reason(Exception e) {
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
