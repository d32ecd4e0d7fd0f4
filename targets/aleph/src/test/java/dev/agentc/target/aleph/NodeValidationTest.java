package dev.agentc.target.aleph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outside validation: the Aleph TypeScript SDK recomputes every golden message's hash, recovers
 * every signer and checks the content fields; it accepts the reference messages of aleph.md §9
 * and rejects a tampered message, so its verdicts mean something.
 */
class NodeValidationTest {
  static final Path VECTORS = AlephTestSupport.moduleDir().resolve("src/test/resources/vectors/aleph-md-9.json");

  @Test
  void theSdkAcceptsEveryGolden() throws IOException {
    List<Path> goldens;
    try (Stream<Path> files = Files.walk(GoldenTest.goldenDir())) {
      goldens = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(goldens.isEmpty(), "no golden files under " + GoldenTest.goldenDir());
    NodeVerifier.verify(goldens);
  }

  @Test
  void theSdkAcceptsTheReferenceMessages() {
    NodeVerifier.verify(List.of(VECTORS));
  }

  @Test
  void theSdkRejectsATamperedMessage(@TempDir Path tmp) throws IOException {
    Path tampered = tmp.resolve("tampered.json");
    Files.writeString(tampered, Files.readString(VECTORS).replace("agent-gpu-1", "agent-gpu-2"));
    NodeVerifier.Run run = NodeVerifier.run(List.of(tampered));
    assertEquals(1, run.exit(), run.output());
    assertTrue(run.output().contains("but sha256(item_content) is"), run.output());
  }
}
