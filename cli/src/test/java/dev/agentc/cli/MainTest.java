package dev.agentc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs {@code agentc} in-process, on the fixture projects under {@code src/test/resources/projects}. */
class MainTest {
  static final Path PROJECTS = Path.of("src/test/resources/projects").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int code, String out, String err) {}

  static Run run(Path cwd, Map<String, String> env, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env, terminal, cwd);
    int code = Main.run(args, io);
    io.out().flush();
    io.err().flush();
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) { return run(PROJECTS, Map.of(), false, args); }

  // ---- the command line itself

  @Test
  void versionComesFromTheBuild() {
    Run r = run("--version");
    assertEquals(0, r.code);
    assertTrue(r.out.matches("agentc \\d+\\.\\d+\\.\\d+.*\\R"), r.out);
  }

  @Test
  void noCommandPrintsUsageAndExits2() {
    Run r = run();
    assertEquals(2, r.code);
    assertTrue(r.err.contains("Usage: agentc"), r.err);
  }

  @Test
  void usageErrorsExit2WithoutUsageDump() {
    Run unknownOption = run("check", "--bogus", "clean");
    assertEquals(2, unknownOption.code);
    assertTrue(unknownOption.err.startsWith("error: Unknown option: '--bogus'"), unknownOption.err);
    Run badFormat = run("check", "--format", "xml", "clean");
    assertEquals(2, badFormat.code);
    assertTrue(badFormat.err.contains("expected one of human, json, sarif but was 'xml'"), badFormat.err);
    Run badColor = run("check", "--color", "sometimes", "clean");
    assertEquals(2, badColor.code);
    Run unknownCommand = run("chek");
    assertEquals(2, unknownCommand.code);
    assertTrue(unknownCommand.err.contains("Did you mean: agentc check"), unknownCommand.err);
  }

  @Test
  void timingsNameEachStageOnStderrAndLeaveTheReportAlone() {
    Run plain = run("check", "--format", "json", "clean");
    Run timed = run("check", "--format", "json", "--timings", "clean");
    assertEquals(0, timed.code, timed.err);
    assertEquals(plain.out, timed.out);
    assertTrue(timed.err.matches("(?s)timings: load [0-9.]+ ms, check [0-9.]+ ms, plans [0-9.]+ ms, analyses [0-9.]+ ms, "
        + "target checks [0-9.]+ ms, output [0-9.]+ ms; compiler [0-9.]+ ms \\([0-9]+ ms since the JVM started\\)\\R"), timed.err);
    assertFalse(plain.err.contains("timings"), plain.err);
  }

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() { throw new IllegalStateException("kaboom"); }
  }

  @Test
  void internalErrorsExit3WithoutAStackTrace() {
    Run r = runWithBoom(Map.of());
    assertEquals(3, r.code);
    assertTrue(r.err.startsWith("error: internal compiler error: java.lang.IllegalStateException: kaboom\n"), r.err);
    assertTrue(r.err.contains("please report it"), r.err);
    assertFalse(r.err.contains("\tat "), r.err);
    Run traced = runWithBoom(Map.of("AGENTC_BACKTRACE", "1"));
    assertEquals(3, traced.code);
    assertTrue(traced.err.contains("\tat "), traced.err);
  }

  private static Run runWithBoom(Map<String, String> env) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env, false, PROJECTS);
    CommandLine cmd = Main.commandLine(io);
    cmd.addSubcommand("boom", new Boom());
    int code = cmd.execute("boom");
    return new Run(code, "", err.toString(StandardCharsets.UTF_8));
  }

  // ---- check

  @Test
  void cleanProjectExits0() {
    Run r = run("check", "clean");
    assertEquals(0, r.code, r.err);
    assertEquals("checked 1 project (1 file): no errors\n", r.err);
    assertEquals("", r.out);
  }

  @Test
  void warningsAloneExit0() {
    Run r = run("check", "warnings");
    assertEquals(0, r.code, r.err);
    assertTrue(r.err.contains("warning[W0201]"), r.err);
    assertTrue(r.err.contains("warning: `warnings` generated 1 warning\n"), r.err);
  }

  @Test
  void errorsExit1WithRustcStyleDiagnostics() {
    Run r = run("check", "errors");
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.startsWith("""
        error[E0302]: `helper` has no field `replicaz`
         --> errors/main.agent:6:3
          |
        6 |   replicaz = 3
          |   ^^^^^^^^
        """), r.err);
    assertTrue(r.err.contains("error: could not check `errors` due to 1 previous error\n"), r.err);
    assertEquals("", r.out);
  }

  @Test
  void syntaxErrorsExit1() {
    Run r = run("check", "broken");
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.contains("error[E0101]"), r.err);
  }

  @Test
  void missingPathExits2() {
    Run r = run("check", "no-such-dir");
    assertEquals(2, r.code, r.err);
    assertTrue(r.err.startsWith("error[E0002]: `no-such-dir` does not exist\n --> no-such-dir\n"), r.err);
  }

  @Test
  void jsonGoesToStdout() throws IOException {
    Run r = run("check", "--format", "json", "errors");
    assertEquals(1, r.code, r.err);
    assertEquals("", r.err);
    JsonNode doc = JSON.readTree(r.out);
    JsonNode d = doc.get("diagnostics").get(0);
    assertEquals("E0302", d.get("code").asText());
    assertEquals("error", d.get("severity").asText());
    assertEquals("errors/main.agent", d.at("/span/file").asText());
    assertEquals(6, d.at("/span/line").asInt());
    assertEquals(3, d.at("/span/column").asInt());
    assertEquals(11, d.at("/span/endColumn").asInt());
    assertEquals(1, doc.at("/summary/errors").asInt());
  }

  @Test
  void jsonOfACleanProjectIsAnEmptyList() throws IOException {
    Run r = run("check", "--format=json", "clean");
    assertEquals(0, r.code, r.err);
    assertEquals(0, JSON.readTree(r.out).get("diagnostics").size());
  }

  @Test
  void sarifGoesToStdout() throws IOException {
    Run r = run("check", "--format", "sarif", "errors");
    assertEquals(1, r.code, r.err);
    JsonNode log = JSON.readTree(r.out);
    assertEquals("2.1.0", log.get("version").asText());
    JsonNode result = log.at("/runs/0/results/0");
    assertEquals("E0302", result.get("ruleId").asText());
    assertEquals("errors/main.agent", result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(6, result.at("/locations/0/physicalLocation/region/startLine").asInt());
  }

  // ---- colour

  private static final String ESC = "\u001b[";

  @Test
  void colourOnATerminalOnly() {
    assertTrue(run(PROJECTS, Map.of(), true, "check", "errors").err.contains(ESC));
    assertFalse(run(PROJECTS, Map.of(), false, "check", "errors").err.contains(ESC));
  }

  @Test
  void noColorDisablesColourWhateverItsValue() {
    assertFalse(run(PROJECTS, Map.of("NO_COLOR", "1"), true, "check", "errors").err.contains(ESC));
    assertFalse(run(PROJECTS, Map.of("NO_COLOR", ""), true, "check", "errors").err.contains(ESC));
    assertFalse(run(PROJECTS, Map.of("NO_COLOR", ""), true, "fmt", "--check", "broken").err.contains(ESC));
  }

  @Test
  void colorOptionOverridesDetection() {
    assertTrue(run(PROJECTS, Map.of("NO_COLOR", "1"), false, "check", "--color=always", "errors").err.contains(ESC));
    assertFalse(run(PROJECTS, Map.of(), true, "check", "--color", "never", "errors").err.contains(ESC));
    assertTrue(run(PROJECTS, Map.of(), false, "fmt", "--check", "--color=always", "broken").err.contains(ESC));
  }

  // ---- fmt

  @Test
  void fmtCheckListsUnformattedFilesAndWritesNothing(@TempDir Path tmp) throws IOException {
    Path project = copy("unformatted", tmp);
    byte[] before = Files.readAllBytes(project.resolve("main.agent"));
    Run r = run(tmp, Map.of(), false, "fmt", "--check", "unformatted");
    assertEquals(1, r.code, r.err);
    assertEquals("unformatted/main.agent\n", r.out);
    assertTrue(r.err.contains("1 file is not formatted"), r.err);
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(project.resolve("main.agent")));
    assertEquals(List.of("agent.project", "main.agent"), names(project));
  }

  @Test
  void fmtCheckOfAFormattedProjectExits0() {
    Run r = run("fmt", "--check", "clean");
    assertEquals(0, r.code, r.err);
    assertEquals("", r.out);
    assertEquals("", r.err);
  }

  @Test
  void fmtRewritesInPlaceAndIsThenClean(@TempDir Path tmp) throws IOException {
    Path project = copy("unformatted", tmp);
    Run r = run(tmp, Map.of(), false, "fmt", "unformatted");
    assertEquals(0, r.code, r.err);
    assertEquals("unformatted/main.agent\n", r.out);
    String after = Files.readString(project.resolve("main.agent"));
    assertTrue(after.contains("url     = \"https://api.example.com/search\""), after);
    assertEquals(List.of("agent.project", "main.agent"), names(project), "no temporary file is left behind");
    Run again = run(tmp, Map.of(), false, "fmt", "--check", "unformatted");
    assertEquals(0, again.code, again.err + again.out);
  }

  @Test
  void fmtRefusesAFileWithSyntaxErrors(@TempDir Path tmp) throws IOException {
    Path project = copy("broken", tmp);
    byte[] before = Files.readAllBytes(project.resolve("main.agent"));
    Run r = run(tmp, Map.of(), false, "fmt", "broken");
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.contains("error[E0101]"), r.err);
    assertTrue(r.err.contains(" --> broken/main.agent:3:10"), r.err);
    assertTrue(r.err.contains("left `broken/main.agent` unchanged"), r.err);
    assertEquals("", r.out);
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(project.resolve("main.agent")));
  }

  @Test
  void fmtNeverTouchesFilesOutsideTheProject(@TempDir Path tmp) throws IOException {
    Path project = copy("unformatted", tmp);
    String messy = Files.readString(project.resolve("main.agent"));
    Path outside = tmp.resolve("outside.agent");
    Files.writeString(outside, messy);
    Files.createSymbolicLink(project.resolve("linked.agent"), outside);
    Path nested = Files.createDirectories(project.resolve("sub/inner"));
    Files.writeString(nested.resolve("agent.project"), "");
    Files.writeString(nested.resolve("n.agent"), messy);
    Run r = run(tmp, Map.of(), false, "fmt", "unformatted");
    assertEquals(0, r.code, r.err);
    assertEquals("unformatted/main.agent\n", r.out);
    assertEquals(messy, Files.readString(outside), "the symlink's target is outside the project");
    assertEquals(messy, Files.readString(nested.resolve("n.agent")), "a nested project is a project of its own");
  }

  @Test
  void fmtOfAMissingPathExits2() {
    Run r = run("fmt", "no-such-dir");
    assertEquals(2, r.code, r.err);
    assertTrue(r.err.startsWith("error[E0002]: `no-such-dir` does not exist"), r.err);
  }

  // ---- helpers

  static Path copy(String fixture, Path into) throws IOException {
    Path from = PROJECTS.resolve(fixture);
    Path to = into.resolve(fixture);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
    return to;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @SuppressWarnings("unused")
  private static Map<String, String> env(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
    return m;
  }
}
