package dev.agentc.lsp;

import dev.agentc.load.Module;
import dev.agentc.load.StdLib;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The standard library's sources written to a private temporary folder, read-only, so that go
 * to definition can open `std.*` declarations as ordinary files. The folder goes when the
 * server exits.
 */
final class StdSources {
  private final Path dir;

  private StdSources(Path dir) { this.dir = dir; }

  static StdSources extract() {
    try {
      Path dir = Files.createTempDirectory("agentc-std-");
      dir.toFile().deleteOnExit();
      for (Module m : StdLib.modules()) {
        String shown = m.unit().file().path();
        Path file = dir.resolve(shown.substring(StdLib.DISPLAY_PREFIX.length()));
        Files.writeString(file, m.unit().file().text(), StandardCharsets.UTF_8);
        file.toFile().setReadOnly();
        file.toFile().deleteOnExit();
      }
      return new StdSources(dir.toAbsolutePath().normalize());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the standard library's sources to a temporary folder", e);
    }
  }

  /** The file a std display path ({@code <std>/gpu.agent}) was written to. */
  Optional<Path> path(String shown) {
    if (!shown.startsWith(StdLib.DISPLAY_PREFIX)) return Optional.empty();
    return Optional.of(dir.resolve(shown.substring(StdLib.DISPLAY_PREFIX.length())));
  }

  /** Whether a path is one of these files: they are shown, never analysed as a project. */
  boolean owns(Path path) { return path.startsWith(dir); }

  /** The std display path of one of these files. */
  Optional<String> shown(Path path) {
    return owns(path) ? Optional.of(StdLib.DISPLAY_PREFIX + dir.relativize(path).toString().replace('\\', '/')) : Optional.empty();
  }
}
