package dev.agentc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTreeTest {
  @TempDir Path tmp;

  private static Build.Unit unit(String dir, Map<String, String> files) {
    TreeMap<String, byte[]> bytes = new TreeMap<>();
    files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return new Build.Unit("p", "prod", "kubernetes", dir, bytes, List.of());
  }

  @Test
  void writesEveryFileAndReplacesAUnitFolderWhole() throws IOException {
    Path out = tmp.resolve("out");
    OutputTree tree = new OutputTree(out, "out");
    assertEquals(Optional.empty(), tree.write(List.of(unit("prod/kubernetes", Map.of("a.yaml", "A", "b.yaml", "B")))));
    Files.writeString(out.resolve("prod/other.txt"), "kept: not a unit folder");
    assertEquals(Optional.empty(), tree.write(List.of(unit("prod/kubernetes", Map.of("a.yaml", "A2")))));
    assertEquals("A2", Files.readString(out.resolve("prod/kubernetes/a.yaml")));
    assertFalse(Files.exists(out.resolve("prod/kubernetes/b.yaml")), "a stale file of the unit's folder is removed");
    assertTrue(Files.exists(out.resolve("prod/other.txt")));
    assertEquals(List.of(), leftovers(out));
  }

  @Test
  void anOutputFolderThatIsAFileIsE0009AndNothingIsWritten() throws IOException {
    Path out = Files.writeString(tmp.resolve("out"), "a file");
    Optional<Diagnostic> d = new OutputTree(out, "out").write(List.of(unit("prod/kubernetes", Map.of("a.yaml", "A"))));
    assertEquals(Code.E0009, d.orElseThrow().code());
    assertTrue(d.get().message().contains("is a file"), d.get().message());
    assertEquals("a file", Files.readString(out));
  }

  /** A full disk, simulated by a writer that fails on the second file: the previous output stays as it was. */
  @Test
  void aFailedWriteLeavesThePreviousOutputAsItWas() throws IOException {
    Path out = tmp.resolve("out");
    new OutputTree(out, "out").write(List.of(unit("prod/kubernetes", Map.of("a.yaml", "old A"))));
    int[] calls = {0};
    OutputTree full = new OutputTree(out, "out", (file, bytes) -> {
      if (++calls[0] == 2) throw new IOException("No space left on device");
      Files.write(file, bytes);
    });
    Optional<Diagnostic> d = full.write(List.of(unit("prod/kubernetes", Map.of("a.yaml", "new A", "b.yaml", "new B"))));
    assertEquals(Code.E0009, d.orElseThrow().code());
    assertTrue(d.get().message().contains("No space left on device"), d.get().message());
    assertEquals("old A", Files.readString(out.resolve("prod/kubernetes/a.yaml")));
    assertFalse(Files.exists(out.resolve("prod/kubernetes/b.yaml")));
    assertEquals(List.of(), leftovers(out));
  }

  /** A build that stops with an error closes its staging folder uncommitted: nothing of it stays. */
  @Test
  void aStagingClosedWithoutACommitLeavesNothingBehind() throws IOException {
    Path out = tmp.resolve("out");
    try (OutputTree.Staging staging = new OutputTree(out, "out").staging()) {
      Build.Unit kept = staging.add(unit("prod/kubernetes", Map.of("a.yaml", "A")));
      assertEquals(Set.of("a.yaml"), kept.files().keySet());
      assertEquals(0, kept.files().get("a.yaml").length, "the bytes are let go once written");
    }
    assertFalse(Files.exists(out), "the output folder this build created is removed again");
  }

  @Test
  void differencesListChangedMissingAndExtraFiles() throws IOException {
    Path out = tmp.resolve("out");
    OutputTree tree = new OutputTree(out, "out");
    Build.Unit u = unit("prod/kubernetes", Map.of("a.yaml", "A", "b.yaml", "B"));
    assertEquals(List.of("prod/kubernetes/a.yaml", "prod/kubernetes/b.yaml"), tree.differences(List.of(u)));
    tree.write(List.of(u));
    assertEquals(List.of(), tree.differences(List.of(u)));
    Files.writeString(out.resolve("prod/kubernetes/a.yaml"), "edited");
    Files.delete(out.resolve("prod/kubernetes/b.yaml"));
    Files.writeString(out.resolve("prod/kubernetes/c.yaml"), "extra");
    assertEquals(List.of("prod/kubernetes/a.yaml", "prod/kubernetes/b.yaml", "prod/kubernetes/c.yaml"), tree.differences(List.of(u)));
  }

  private static List<Path> leftovers(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.filter(p -> p.getFileName().toString().startsWith(".agentc-staging-")).toList();
    }
  }
}
