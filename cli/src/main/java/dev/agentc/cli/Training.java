package dev.agentc.cli;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The launcher's training run for its class archive: `check` and then `build --check` of a
 * project, in one JVM, with their output discarded. A JVM records one run into an archive, and a
 * build alone leaves out what only a check loads and links (its lambdas, its report), which every
 * later check then spun again. Arguments: the project (the bundled examples) and an output
 * directory for `build --check` to compare against (nothing is written).
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) {
    // The process's Io, so the archive holds what asking for a terminal loads, with no output.
    Io system = Io.system();
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    Io quiet = new Io(nowhere, nowhere, system.env(), system.terminal(), system.cwd());
    Main.run(new String[] {"check", args[0]}, quiet);
    Main.run(new String[] {"build", args[0], "--check", "-o", args[1]}, quiet);
    System.exit(0); // as every command ends: exiting loads classes of its own (Runtime.exit logs)
  }
}
