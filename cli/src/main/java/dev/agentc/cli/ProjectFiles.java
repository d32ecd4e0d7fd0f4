package dev.agentc.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The projects a path names and their {@code .agent} files, as real paths on disk, for the
 * commands that write files ({@code fmt}). The rules are the loader's ({@code ProjectLoader}): a
 * project is a directory holding an {@code agent.project} file; a path names the project that
 * contains it, else every project below it, else (no marker anywhere) the directory itself. A
 * file names itself only. A project's files are the regular {@code .agent} files below its root,
 * skipping hidden entries, {@code target}, {@code node_modules} and nested projects (projects of
 * their own). Symbolic links are never followed, so nothing outside a project is ever listed.
 */
final class ProjectFiles {
  static final String MARKER = "agent.project";

  /** One project: its real root and its files, sorted. */
  record Target(Path root, List<Path> files) {}

  private ProjectFiles() {}

  /**
   * @throws java.nio.file.NoSuchFileException if {@code path} does not exist
   * @throws IllegalArgumentException if {@code path} is a file that is not {@code .agent} source
   */
  static List<Target> find(Path path) throws IOException {
    Path real = path.toRealPath();
    if (!Files.isDirectory(real)) {
      if (!real.getFileName().toString().endsWith(".agent")) {
        throw new IllegalArgumentException("`" + path + "` is not a `.agent` file");
      }
      return List.of(new Target(enclosing(real.getParent()).orElse(real.getParent()), List.of(real)));
    }
    Optional<Path> root = enclosing(real);
    if (root.isPresent()) return List.of(target(root.get()));
    List<Target> out = new ArrayList<>();
    for (Path r : projectsBelow(real)) out.add(target(r));
    return out.isEmpty() ? List.of(target(real)) : out;
  }

  /** The nearest directory at or above {@code dir} holding a marker. */
  static Optional<Path> enclosing(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(MARKER))) return Optional.of(p);
    }
    return Optional.empty();
  }

  private static List<Path> projectsBelow(Path dir) throws IOException {
    List<Path> roots = new ArrayList<>();
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        if (!d.equals(dir) && skipped(d)) return FileVisitResult.SKIP_SUBTREE;
        if (Files.isRegularFile(d.resolve(MARKER))) roots.add(d);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException exc) { return FileVisitResult.CONTINUE; }
    });
    roots.sort(null);
    return roots;
  }

  static Target target(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        if (d.equals(root)) return FileVisitResult.CONTINUE;
        if (skipped(d) || Files.isRegularFile(d.resolve(MARKER))) return FileVisitResult.SKIP_SUBTREE;
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
        String name = f.getFileName().toString();
        if (attrs.isRegularFile() && name.endsWith(".agent") && !name.startsWith(".")) files.add(f);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException exc) { return FileVisitResult.CONTINUE; }
    });
    files.sort(null);
    return new Target(root, files);
  }

  private static boolean skipped(Path dir) {
    Path name = dir.getFileName();
    if (name == null) return false;
    String n = name.toString();
    return n.startsWith(".") || n.equals("target") || n.equals("node_modules");
  }
}
