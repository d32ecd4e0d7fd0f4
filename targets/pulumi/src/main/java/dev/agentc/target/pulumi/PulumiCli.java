package dev.agentc.target.pulumi;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.CommandException;
import com.pulumi.automation.CommandResult;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.PulumiCommand;
import com.pulumi.automation.StackNotFoundException;
import com.pulumi.automation.Version;
import com.pulumi.automation.events.internal.EventLogWatcher;
import dev.agentc.apply.Commands;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The `pulumi` CLI for the Automation API, found on the PATH of the environment given rather than
 * the JVM's (the SDK's `LocalPulumiCommand` runs whatever `pulumi` the JVM's PATH names), and run
 * in that environment with a time limit. Otherwise it runs commands as `LocalPulumiCommand` does:
 * `--non-interactive`, engine events through `--event-log`, a missing stack as
 * {@link StackNotFoundException}, any other failure as {@link Failure}.
 */
final class PulumiCli implements PulumiCommand {
  /** The oldest CLI the Automation API of SDK 1.36.1 works with (`LocalPulumiCommand.MINIMUM_VERSION`). */
  static final Version MINIMUM_VERSION = Version.of(3, 95);
  private static final Pattern STACK_NOT_FOUND = Pattern.compile("no stack named.*found");
  /** Ends the SDK's event log reader, which otherwise waits for one after a CLI that failed before writing it. */
  private static final String CANCEL_EVENT = "{\"sequence\":0,\"timestamp\":0,\"cancelEvent\":{}}\n";

  private final Path executable;
  private final Version version;
  private final Map<String, String> env;
  private final Duration timeout;

  private PulumiCli(Path executable, Version version, Map<String, String> env, Duration timeout) {
    this.executable = executable;
    this.version = version;
    this.env = Map.copyOf(env);
    this.timeout = timeout;
  }

  /** A failed command: its arguments (never a secret value: those go through standard input) and its result. */
  static final class Failure extends CommandException {
    private final transient List<String> args;
    private final transient CommandResult result;

    Failure(List<String> args, CommandResult result) {
      super(result);
      this.args = List.copyOf(args);
      this.result = result;
    }

    List<String> args() { return args; }

    CommandResult result() { return result; }
  }

  /** Thrown by {@link #locate} when there is no usable CLI; the message says why. */
  static final class Unusable extends Exception {
    Unusable(String reason) { super(reason, null, false, false); }
  }

  /** The `pulumi` on {@code env}'s PATH whose `pulumi version` the Automation API accepts. */
  static PulumiCli locate(Map<String, String> env, Duration timeout) throws Unusable {
    Path executable = onPath(env.getOrDefault("PATH", "")).orElseThrow(() -> new Unusable("the `pulumi` CLI is not installed (not on PATH)"));
    PulumiCli probe = new PulumiCli(executable, MINIMUM_VERSION, env, Duration.ofSeconds(30));
    String printed;
    try {
      printed = probe.exec(List.of("version"), CommandRunOptions.Empty, false).standardOutput().strip();
    } catch (AutomationException e) {
      throw new Unusable("`pulumi version` failed: " + tail(e));
    }
    Version version = Version.tryParse(printed.startsWith("v") ? printed.substring(1) : printed)
        .orElseThrow(() -> new Unusable("`pulumi version` printed `" + printed + "`, not a version"));
    if (version.isLowerThan(MINIMUM_VERSION) || version.majorVersion() > MINIMUM_VERSION.majorVersion()) {
      throw new Unusable("the `pulumi` CLI is version " + version + "; agentc needs " + MINIMUM_VERSION.majorVersion() + ".x, at least "
          + MINIMUM_VERSION);
    }
    return new PulumiCli(executable, version, env, timeout);
  }

  private static Optional<Path> onPath(String path) {
    return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "pulumi"))
        .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
  }

  /** The last lines a failed command printed, or the exception's message when it did not run. */
  static String tail(AutomationException e) {
    if (!(e instanceof Failure f)) return String.valueOf(e.getMessage());
    List<String> lines = new ArrayList<>();
    Stream.of(f.result().standardOutput(), f.result().standardError()).forEach(text -> text.lines().forEach(lines::add));
    return "exit code " + f.result().code() + "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - Commands.TAIL_LINES), lines.size()));
  }

  @Override
  public Version version() { return version; }

  @Override
  public CommandResult run(List<String> args, CommandRunOptions options) throws AutomationException {
    List<String> command = new ArrayList<>(args);
    if (!command.contains("--non-interactive")) command.add("--non-interactive");
    if (options.onEngineEvent() == null) return exec(command, options, false);
    try (TemporaryDirectory logDir = TemporaryDirectory.create("agentc-pulumi-events-")) {
      Path log = Files.createFile(logDir.path().resolve("events.jsonl"));
      command.add("--event-log");
      command.add(log.toString());
      try (EventLogWatcher watcher = new EventLogWatcher(log, options.onEngineEvent())) {
        try {
          return exec(command, options, true);
        } finally {
          Files.writeString(log, CANCEL_EVENT, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
      }
    } catch (AutomationException e) {
      throw e;
    } catch (Exception e) {
      throw new AutomationException(e);
    }
  }

  private CommandResult exec(List<String> args, CommandRunOptions options, boolean events) throws AutomationException {
    List<String> command = new ArrayList<>(List.of(executable.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    if (options.workingDir() != null) builder.directory(options.workingDir().toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    if (options.additionalEnv() != null) builder.environment().putAll(options.additionalEnv());
    if (events) builder.environment().put("PULUMI_DEBUG_COMMANDS", "true"); // the CLI writes the event log only with it
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new AutomationException("cannot run " + executable + ": " + e.getMessage());
    }
    CompletableFuture<String> stdout = read(process.getInputStream(), options.onStandardOutput());
    CompletableFuture<String> stderr = read(process.getErrorStream(), options.onStandardError());
    try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
      // `pulumi config set KEY` reads the value here when it is not an argument; the CLI drops one trailing newline.
      if (options.standardInput() != null) in.write(options.standardInput() + "\n");
    } catch (IOException e) {
      // the process exited without reading; its exit code tells
    }
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new Failure(args, new CommandResult(-1, "", "did not finish within " + timeout.toSeconds() + " s"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new Failure(args, new CommandResult(-1, "", "interrupted"));
    }
    CommandResult result = new CommandResult(process.exitValue(), stdout.join(), stderr.join());
    if (result.code() == 0) return result;
    if (STACK_NOT_FOUND.matcher(result.standardError()).find()) throw new StackNotFoundException(result);
    throw new Failure(args, result);
  }

  private static CompletableFuture<String> read(InputStream stream, Consumer<String> onLine) {
    CompletableFuture<String> out = new CompletableFuture<>();
    Thread.ofVirtual().start(() -> {
      StringBuilder text = new StringBuilder();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          text.append(line).append('\n');
          if (onLine != null) onLine.accept(line);
        }
      } catch (IOException ignored) {
        // the process went away; what was read is what it printed
      }
      out.complete(text.toString());
    });
    return out;
  }
}
