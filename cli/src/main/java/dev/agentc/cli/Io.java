package dev.agentc.cli;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch of the outside world: its two output streams, the environment, whether
 * it talks to a terminal, and the working directory. Tests pass their own.
 *
 * @param out results (JSON, SARIF, lists of files)
 * @param err diagnostics, summaries and errors
 * @param env environment variables (NO_COLOR, TERM, AGENTC_BACKTRACE)
 * @param terminal whether output goes to an interactive terminal
 * @param cwd the directory paths are shown relative to
 * @param in answers to questions (`agentc apply`'s confirmation)
 */
public record Io(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal, Path cwd, InputStream in) {

  /** With nothing to read: every question goes unanswered. */
  public Io(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal, Path cwd) {
    this(out, err, env, terminal, cwd, InputStream.nullInputStream());
  }

  /** The process's streams, as UTF-8 whatever the locale says, buffered (flushed by {@link Main#main}). */
  public static Io system() {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 14), false, StandardCharsets.UTF_8);
    return new Io(out, err, System.getenv(), isTerminal(), Path.of("").toAbsolutePath(), System.in);
  }

  /**
   * Whether the process is attached to a terminal. Since JDK 22 {@link System#console()} is
   * non-null even when redirected and {@code Console.isTerminal()} tells; on JDK 21 a non-null
   * console already means a terminal.
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) return false;
    try {
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** Whether to colour the output: {@code --color} first, then NO_COLOR (any value), a dumb terminal, a terminal at all. */
  boolean color(ColorMode mode) {
    return switch (mode) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    };
  }
}
