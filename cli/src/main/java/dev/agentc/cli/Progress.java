package dev.agentc.cli;

import dev.agentc.build.Build;

/** One line per deploy and target as it is built, on a terminal only (pipes and CI logs get the summary alone). */
final class Progress {
  private final Io io;
  private final boolean on;

  Progress(Io io, boolean on) {
    this.io = io;
    this.on = on;
  }

  void unit(Build.Unit u) {
    if (!on) return;
    io.err().println("  built " + u.deploy() + " → " + u.target() + " (" + Plural.count(u.files().size(), "file") + ")");
    io.err().flush();
  }
}
