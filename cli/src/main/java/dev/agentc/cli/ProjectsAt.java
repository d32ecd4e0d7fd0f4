package dev.agentc.cli;

import dev.agentc.Timings;
import dev.agentc.load.Project;
import dev.agentc.load.ProjectLoader;
import java.nio.file.Path;
import java.util.List;

/** The projects at a command's PATH, and the one way every command says there are none. */
final class ProjectsAt {
  private ProjectsAt() {}

  static List<Project> of(Io io, Path path) { return ProjectLoader.discover(io.cwd().resolve(path), io.cwd()); }

  /** As {@link #of(Io, Path)}, timed as the {@code load} stage. */
  static List<Project> of(Io io, Path path, Timings timings) { return timings.time("load", () -> of(io, path)); }

  /** Prints why nothing was found and returns the usage exit code. */
  static int noneFound(Io io, Path path) {
    io.err().println("error: no project found at `" + path + "` (a project is a directory with an `" + ProjectFiles.MARKER + "` file)");
    return Exit.USAGE;
  }
}
