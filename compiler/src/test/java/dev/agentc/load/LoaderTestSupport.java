package dev.agentc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Fixture helpers shared by the loader tests. */
final class LoaderTestSupport {
  private LoaderTestSupport() {}

  static Path write(Path root, String relative, String text) {
    return write(root, relative, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path root, String relative, byte[] bytes) {
    try {
      Path p = root.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path marker(Path dir) { return write(dir, ProjectLoader.MARKER, ""); }

  /** The only project {@code path} names, with display paths relative to {@code cwd}. */
  static Project one(Path path, Path cwd) {
    List<Project> ps = ProjectLoader.discover(path, cwd);
    assertEquals(1, ps.size(), () -> "projects: " + ps.stream().map(Project::root).toList());
    return ps.get(0);
  }

  static List<Diagnostic> withCode(Project p, Code code) {
    return p.diagnostics().stream().filter(d -> d.code() == code).toList();
  }

  /** The single diagnostic of {@code code}; fails listing all diagnostics otherwise. */
  static Diagnostic only(Project p, Code code) {
    List<Diagnostic> ds = withCode(p, code);
    if (ds.size() != 1) fail("expected one " + code + " but got:\n" + dump(p.diagnostics()));
    return ds.get(0);
  }

  static void assertAt(Diagnostic d, String file, int line, int column) {
    assertEquals(file, d.span().file(), "file of " + d);
    assertEquals(line, d.span().line(), "line of " + d);
    assertEquals(column, d.span().column(), "column of " + d);
  }

  static String dump(List<Diagnostic> ds) {
    return ds.stream().map(d -> d.code() + " " + d.span() + " " + d.message()).collect(Collectors.joining("\n"));
  }

  static List<String> userModules(Project p) {
    return p.modules().stream().filter(m -> !m.std()).map(Module::name).toList();
  }
}
