package dev.agentc.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code agentc}: the command line. Every outcome is an exit code ({@link Exit}); no exception
 * escapes and no stack trace is printed: a bug surfaces as {@code error: internal compiler
 * error: …} and exit code 3 (the trace only when {@code AGENTC_BACKTRACE} is set).
 */
@Command(
    name = "agentc",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "The compiler of .agent deployment files: checks them and formats them.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no errors (warnings allowed)",
        "1:errors in the input; for fmt: files that are not formatted or do not parse",
        "2:bad usage, or input that cannot be read (a missing path; codes E0001-E0008)",
        "3:internal compiler error: a bug in agentc, please report it"
    })
public final class Main implements Callable<Integer> {
  /** Every subcommand, in the order `agentc --help` lists them. */
  static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, BuildCommand.class, FmtCommand.class, PlanCommand.class, ApplyCommand.class,
      CostCommand.class, ExplainCommand.class, GraphCommand.class, LspCommand.class, CommandLine.HelpCommand.class);

  final Io io;

  @Spec CommandSpec spec;

  Main(Io io) { this.io = io; }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Exit.USAGE;
  }

  public static void main(String[] args) {
    Io io = Io.system();
    int code;
    try {
      code = run(args, io);
    } finally {
      io.out().flush();
      io.err().flush();
    }
    // System.exit asks System.Logger whether to log the exit, and finding the logging backend
    // reads every jar of the class path (~60 ms). A clean run ends by returning instead, when no
    // thread but daemons would keep the JVM up (the language server's pool would).
    if (code == Exit.OK && onlyDaemonsLeft()) return;
    System.exit(code);
  }

  private static boolean onlyDaemonsLeft() {
    return Thread.getAllStackTraces().keySet().stream().allMatch(t -> t == Thread.currentThread() || t.isDaemon());
  }

  /** Runs one command line and returns its exit code; never throws. */
  public static int run(String[] args, Io io) {
    try {
      return commandLine(io, args).execute(args);
    } catch (Throwable t) {
      return internalError(t, io);
    }
  }

  /** The configured command tree with every subcommand; tests may add subcommands to it. */
  static CommandLine commandLine(Io io) { return commandLine(io, new String[0]); }

  /**
   * The command tree for one command line: only the subcommand it names, when it names one other
   * than {@code help}, else all of them. Picocli reads every option of every subcommand it is
   * given, and loading them all took a third of a short `agentc check`.
   */
  static CommandLine commandLine(Io io, String[] argv) {
    // Else picocli looks for Groovy's Closure class, which is not there, in every jar of the class path.
    System.setProperty("picocli.disable.closures", "true");
    CommandLine cmd = new CommandLine(new Main(io));
    List<Class<?>> named = argv.length == 0 ? List.of()
        : COMMANDS.stream().filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(argv[0])).toList();
    for (Class<?> command : named.isEmpty() ? COMMANDS : named) cmd.addSubcommand(command);
    cmd.setOut(writer(io.out()));
    cmd.setErr(writer(io.err()));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setColorScheme(CommandLine.Help.defaultColorScheme(io.color(ColorMode.AUTO) ? Ansi.ON : Ansi.OFF));
    cmd.setExecutionExceptionHandler((ex, c, parsed) -> internalError(ex, io));
    cmd.setParameterExceptionHandler((ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("error: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("For more information, try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      err.flush();
      return Exit.USAGE;
    });
    return cmd;
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** Reports a bug in agentc without a stack trace (unless asked for) and returns exit code 3. */
  static int internalError(Throwable t, Io io) {
    try {
      PrintStream err = io.err();
      err.flush();
      err.println("error: internal compiler error: " + describe(t));
      err.println("note: this is a bug in agentc, not a problem with your input");
      err.println("note: please report it with the command you ran and the files it read (agentc " + version() + ")");
      if (io.env().containsKey("AGENTC_BACKTRACE")) t.printStackTrace(err);
      else err.println("note: run with AGENTC_BACKTRACE=1 to add the stack trace to the report");
      err.flush();
    } catch (Throwable ignored) {
      // Nothing more can be done; the exit code still tells.
    }
    return Exit.INTERNAL;
  }

  private static String describe(Throwable t) {
    if (t instanceof StackOverflowError) return "stack overflow";
    if (t instanceof OutOfMemoryError) return "out of memory";
    String msg = t.getMessage();
    return t.getClass().getName() + (msg == null || msg.isBlank() ? "" : ": " + msg);
  }

  /** agentc's version: the jar manifest's Implementation-Version, else the build's version resource. */
  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    if (v != null) return v;
    try (InputStream in = Main.class.getResourceAsStream("version.txt")) {
      if (in != null) return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (java.io.IOException ignored) {
      // fall through
    }
    return "unknown";
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() { return new String[] {"agentc " + version()}; }
  }
}
