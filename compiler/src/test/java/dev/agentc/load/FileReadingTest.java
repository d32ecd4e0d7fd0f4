package dev.agentc.load;

import static dev.agentc.load.LoaderTestSupport.assertAt;
import static dev.agentc.load.LoaderTestSupport.dump;
import static dev.agentc.load.LoaderTestSupport.marker;
import static dev.agentc.load.LoaderTestSupport.one;
import static dev.agentc.load.LoaderTestSupport.only;
import static dev.agentc.load.LoaderTestSupport.userModules;
import static dev.agentc.load.LoaderTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input becomes a file-level diagnostic at line 1, column 1 of the file. */
class FileReadingTest {
  @TempDir Path tmp;

  @Test
  void missingPathIsE0002() {
    List<Project> ps = ProjectLoader.discover(tmp.resolve("nope/x.agent"), tmp);
    assertEquals(1, ps.size());
    Project p = ps.get(0);
    assertTrue(p.modules().isEmpty());
    Diagnostic d = only(p, Code.E0002);
    assertAt(d, "nope/x.agent", 1, 1);
    assertEquals("`nope/x.agent` does not exist", d.message());
  }

  @Test
  void directoryWhereFileExpectedIsE0001() {
    Path dir = tmp.resolve("sub.agent");
    write(tmp, "sub.agent/inner.txt", "");
    SourceReader.Result r = SourceReader.read(dir, "sub.agent");
    assertTrue(r.file().isEmpty());
    Diagnostic d = r.problem().orElseThrow();
    assertEquals(Code.E0001, d.code());
    assertAt(d, "sub.agent", 1, 1);
    assertTrue(d.message().contains("directory"), d.message());
  }

  @Test
  void symlinkToDirectoryNamedLikeSourceIsE0001() throws IOException {
    marker(tmp);
    write(tmp, "ok.agent", "module ok\n");
    Files.createDirectories(tmp.resolve("realdir"));
    symlinkOrSkip(tmp.resolve("linked.agent"), tmp.resolve("realdir"));
    Project p = one(tmp, tmp);
    assertAt(only(p, Code.E0001), "linked.agent", 1, 1);
    assertEquals(List.of("ok"), userModules(p));
  }

  @Test
  void unreadableFileIsE0001WithReason() throws IOException {
    marker(tmp);
    Path f = write(tmp, "secret.agent", "module secret\n");
    try {
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no POSIX permissions");
    }
    assumeTrue(!Files.isReadable(f), "running as a user that can read anything (root)");
    Project p = one(tmp, tmp);
    Diagnostic d = only(p, Code.E0001);
    assertAt(d, "secret.agent", 1, 1);
    assertEquals("cannot read `secret.agent`: permission denied", d.message());
  }

  @Test
  void fifoIsE0001AndNeverBlocks() throws Exception {
    marker(tmp);
    Path fifo = tmp.resolve("pipe.agent");
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo not available");
      return;
    }
    assumeTrue(mk.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
    Project p = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> one(tmp, tmp));
    Diagnostic d = only(p, Code.E0001);
    assertAt(d, "pipe.agent", 1, 1);
    assertTrue(d.message().contains("not a regular file"), d.message());
  }

  @Test
  void invalidUtf8IsE0003WithByteOffset() {
    marker(tmp);
    byte[] bytes = {'m', 'o', 'd', 'u', 'l', 'e', ' ', 'a', '\n', '/', '/', (byte) 0xC3, (byte) 0x28, '\n'};
    write(tmp, "a.agent", bytes);
    Project p = one(tmp, tmp);
    Diagnostic d = only(p, Code.E0003);
    assertAt(d, "a.agent", 1, 1);
    assertEquals("`a.agent` is not valid UTF-8 (byte 11)", d.message());
    assertTrue(p.modules().isEmpty());
  }

  @Test
  void invalidUtf8OffsetCountsTheBom() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', (byte) 0xFF};
    Diagnostic d = SourceReader.decode(bytes, "b.agent").problem().orElseThrow();
    assertEquals(Code.E0003, d.code());
    assertEquals("`b.agent` is not valid UTF-8 (byte 4)", d.message());
  }

  @Test
  void truncatedSequenceAtEndIsE0003() {
    byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};
    Diagnostic d = SourceReader.decode(bytes, "c.agent").problem().orElseThrow();
    assertEquals("`c.agent` is not valid UTF-8 (byte 1)", d.message());
  }

  @Test
  void binaryFileIsE0004() {
    marker(tmp);
    write(tmp, "blob.agent", new byte[] {'m', 'o', 0, 1, 2, 3});
    write(tmp, "fine.agent", "module fine\n");
    Project p = one(tmp, tmp);
    assertAt(only(p, Code.E0004), "blob.agent", 1, 1);
    assertEquals(List.of("fine"), userModules(p));
  }

  @Test
  void tenMegabyteFileIsE0005Quickly() throws IOException {
    marker(tmp);
    Path big = tmp.resolve("big.agent");
    try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
      raf.setLength(10L * 1024 * 1024);
    }
    Project p = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> one(tmp, tmp));
    Diagnostic d = only(p, Code.E0005);
    assertAt(d, "big.agent", 1, 1);
    assertEquals("`big.agent` is 10485760 bytes; source files are limited to 8388608 bytes", d.message());
    assertFalse(p.diagnostics().stream().anyMatch(x -> x.code() == Code.E0004), dump(p.diagnostics()));
  }

  @Test
  void exactlyTheLimitIsAccepted() throws IOException {
    Path f = tmp.resolve("edge.agent");
    byte[] bytes = new byte[(int) SourceReader.MAX_BYTES];
    java.util.Arrays.fill(bytes, (byte) '\n');
    Files.write(f, bytes);
    SourceReader.Result r = SourceReader.read(f, "edge.agent");
    assertTrue(r.problem().isEmpty(), () -> r.problem().toString());
  }

  @Test
  void noSourcesIsE0006() {
    marker(tmp);
    write(tmp, "README.md", "# nothing here\n");
    Project p = one(tmp, tmp);
    Diagnostic d = only(p, Code.E0006);
    assertAt(d, ".", 1, 1);
    assertEquals("no `.agent` files found in `.`", d.message());
    assertTrue(p.modules().isEmpty());
  }

  @Test
  void symlinkOutsideRootIsE0008AndNotRead() throws IOException {
    Path project = tmp.resolve("proj");
    marker(project);
    write(project, "main.agent", "module main\n");
    Path outside = write(tmp, "elsewhere/evil.agent", new byte[] {0, 0, 0});
    symlinkOrSkip(project.resolve("evil.agent"), outside);
    Project p = one(project, tmp);
    Diagnostic d = only(p, Code.E0008);
    assertAt(d, "proj/evil.agent", 1, 1);
    assertEquals("`proj/evil.agent` resolves outside the project root `proj`", d.message());
    // not read: the outside file is binary, yet no E0004
    assertTrue(p.diagnostics().stream().noneMatch(x -> x.code() == Code.E0004), dump(p.diagnostics()));
    assertEquals(List.of("main"), userModules(p));
  }

  @Test
  void symlinkInsideRootIsRead() throws IOException {
    marker(tmp);
    write(tmp, "real/one.agent", "module one\n");
    symlinkOrSkip(tmp.resolve("alias.agent"), tmp.resolve("real/one.agent"));
    Project p = one(tmp, tmp);
    // both paths name module `one`: the link is read, so it is a duplicate
    assertAt(only(p, Code.E0206), "real/one.agent", 1, 8);
  }

  @Test
  void symlinkedDirectoriesAreNotFollowed() throws IOException {
    marker(tmp);
    write(tmp, "a.agent", "module a\n");
    write(tmp, "lib/b.agent", "module b\n");
    symlinkOrSkip(tmp.resolve("loop"), tmp); // would loop forever if followed
    symlinkOrSkip(tmp.resolve("lib2"), tmp.resolve("lib"));
    Project p = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> one(tmp, tmp));
    assertEquals(List.of("a", "b"), userModules(p));
    assertTrue(p.diagnostics().isEmpty(), dump(p.diagnostics()));
  }

  @Test
  void danglingSymlinkIsE0002() throws IOException {
    marker(tmp);
    write(tmp, "a.agent", "module a\n");
    symlinkOrSkip(tmp.resolve("gone.agent"), tmp.resolve("missing.agent"));
    Project p = one(tmp, tmp);
    assertAt(only(p, Code.E0002), "gone.agent", 1, 1);
  }

  @Test
  void bomIsStripped() {
    marker(tmp);
    byte[] text = "module withbom\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    write(tmp, "x.agent", bytes);
    Project p = one(tmp, tmp);
    assertTrue(p.diagnostics().isEmpty(), dump(p.diagnostics()));
    Module m = p.module("withbom").orElseThrow();
    assertEquals("module withbom\n", m.unit().file().text());
    var clause = m.unit().module().orElseThrow();
    assertEquals(1, clause.span().column());
    assertEquals(8, clause.name().span().column());
  }

  @Test
  void crlfAndUnicodeAreFine() {
    marker(tmp);
    write(tmp, "u.agent", "// café ☕ 𝄞\r\nmodule u\r\n");
    Project p = one(tmp, tmp);
    assertTrue(p.diagnostics().isEmpty(), dump(p.diagnostics()));
    assertEquals(List.of("u"), userModules(p));
  }

  static void symlinkOrSkip(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported: " + e);
    }
  }
}
