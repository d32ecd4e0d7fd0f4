package dev.agentc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `agentc build` in-process on the customer-service example, writing into a temporary folder. */
class BuildCommandTest {
  static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

  @TempDir Path tmp;

  private MainTest.Run build(String... args) {
    String[] all = Stream.concat(Stream.of("build", EXAMPLES.resolve("customer-service").toString(), "--time", "1700000000"), Stream.of(args))
        .toArray(String[]::new);
    return MainTest.run(tmp, Map.of(), false, all);
  }

  @Test
  void writesTheLayoutOfTargetsMdAndASummary() {
    MainTest.Run r = build("-o", "out");
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isRegularFile(tmp.resolve("out/prod/kubernetes/prod-us.yaml")));
    assertTrue(Files.isRegularFile(tmp.resolve("out/eu/kubernetes/prod-eu.yaml")));
    assertTrue(Files.isRegularFile(tmp.resolve("out/dev/compose/compose.yaml")));
    assertTrue(Files.isRegularFile(tmp.resolve("out/community/aleph/messages.json")));
    assertTrue(r.err().contains("wrote out/prod/kubernetes"), r.err());
    assertTrue(r.err().contains("prod-us: "), r.err());
  }

  @Test
  void timingsAddTheTargetsAndTheMoveIntoPlaceToTheCheckStages() {
    MainTest.Run r = build("-o", "out", "--timings");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().matches("(?s).*\\Rtimings: load [0-9.]+ ms, check [0-9.]+ ms, plans [0-9.]+ ms, analyses [0-9.]+ ms, "
        + "targets [0-9.]+ ms, commit [0-9.]+ ms; compiler [0-9.]+ ms \\([0-9]+ ms since the JVM started\\)\\R"), r.err());
  }

  @Test
  void narrowsToOneDeployAndTarget() {
    MainTest.Run r = build("-o", "out", "--deploy", "prod", "--target", "kubernetes");
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isDirectory(tmp.resolve("out/prod/kubernetes")));
    assertFalse(Files.exists(tmp.resolve("out/dev")));
  }

  @Test
  void jsonSummaryListsObjectsPerKindPerCluster() throws IOException {
    MainTest.Run r = build("-o", "out", "--deploy", "prod", "--target", "kubernetes", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode units = new ObjectMapper().readTree(r.out()).get("units");
    assertEquals(1, units.size());
    assertEquals("prod/kubernetes", units.get(0).get("dir").asText());
    assertTrue(units.get(0).get("objects").get("prod-us").get("Deployment").asInt() > 0, r.out());
  }

  @Test
  void checkPassesWhenUpToDateAndListsFilesThatDiffer() throws IOException {
    assertEquals(0, build("-o", "out").code());
    MainTest.Run same = build("-o", "out", "--check");
    assertEquals(0, same.code(), same.err());
    Path edited = tmp.resolve("out/prod/kubernetes/prod-us.yaml");
    Files.writeString(edited, "# edited by hand\n", java.nio.file.StandardOpenOption.APPEND);
    MainTest.Run differs = build("-o", "out", "--check");
    assertEquals(1, differs.code());
    assertTrue(differs.err().contains("prod/kubernetes/prod-us.yaml"), differs.err());
    assertTrue(Files.readString(edited).endsWith("# edited by hand\n"), "--check writes nothing");
  }

  @Test
  void anOutputFolderThatIsAFileIsReportedAndNothingIsWritten() throws IOException {
    Files.writeString(tmp.resolve("out"), "not a folder");
    MainTest.Run r = build("-o", "out");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("E0009"), r.err());
    assertTrue(r.err().contains("is a file"), r.err());
    assertEquals("not a folder", Files.readString(tmp.resolve("out")));
  }

  @Test
  void anErrorWritesNothing() throws IOException {
    Path project = tmp.resolve("bad");
    Files.createDirectories(project);
    Files.writeString(project.resolve("agent.project"), "");
    Files.writeString(project.resolve("main.agent"), """
        import std.tee.{sev_snp}
        agent a {
          image = "a:1"
          tee   = sev_snp
        }
        deploy dev {
          agents = [a]
          compose {}
        }
        """);
    MainTest.Run r = MainTest.run(tmp, Map.of(), false, "build", "bad", "-o", "out");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("E0501"), r.err());
    assertTrue(r.err().contains("nothing written"), r.err());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  /** The Hardhat/Anvil dev key #0 of aleph.md §9, public and for tests only. */
  private static final String TEST_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

  @Test
  void signsAlephMessagesWithAnOwnerOnlyKeyFileAndRefusesAReadableOne() throws IOException {
    Path key = tmp.resolve("aleph.key");
    Files.writeString(key, TEST_KEY + "\n");
    Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    MainTest.Run signed = build("-o", "out", "--deploy", "community", "--sign-key", "aleph.key");
    assertEquals(0, signed.code(), signed.err());
    String messages = Files.readString(tmp.resolve("out/community/aleph/messages.json"));
    assertTrue(messages.contains("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), "sender is the key's address");
    assertTrue(messages.contains("\"signature\""), messages);
    assertFalse(messages.contains(TEST_KEY) || signed.err().contains(TEST_KEY), "the key never reaches output");

    Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    MainTest.Run refused = build("-o", "out2", "--deploy", "community", "--sign-key", "aleph.key");
    assertEquals(2, refused.code(), refused.err());
    assertTrue(refused.err().contains("E0010"), refused.err());
    assertFalse(refused.err().contains(TEST_KEY));
    assertFalse(Files.exists(tmp.resolve("out2")));
  }

  @Test
  void anUnknownTargetIsAUsageError() {
    MainTest.Run r = build("--target", "nomad");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no target named `nomad`"), r.err());
  }
}
