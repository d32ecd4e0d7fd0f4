package dev.agentc.target.aleph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.apply.ApplyException;
import dev.agentc.apply.ApplyOptions;
import dev.agentc.apply.Change;
import dev.agentc.apply.Deployment;
import dev.agentc.apply.PlanResult;
import dev.agentc.apply.SecretValues;
import dev.agentc.build.AtomicFile;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.target.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `agentc apply` for Aleph against {@link LoopbackAlephNode}, which checks every hash and
 * signature: what is published, what is not published again, and that a failure at any step
 * (500, timeout, rejection, a crash between submit and state write) resumes without duplicates.
 */
class ApplyTest {
  @TempDir Path dir;
  private LoopbackAlephNode node;
  private Path key;

  @BeforeEach
  void start() throws IOException {
    node = new LoopbackAlephNode(3000);
    key = AlephTestSupport.keyFile(dir, AlephTestSupport.TEST_KEY);
  }

  @AfterEach
  void stop() { node.close(); }

  private Deployment build(String agents, long time) {
    return build(agents, time, AlephTestSupport.signed(key).signKey(), false);
  }

  /** @param pinned whether the deploy pins `eu_west` to the node's one CRN */
  private Deployment build(String agents, long time, Optional<Path> signKey, boolean pinned) {
    Path project = dir.resolve("p");
    String names = String.join(", ", agents.lines().filter(l -> l.startsWith("agent ")).map(l -> l.split(" ")[1]).toList());
    try {
      Files.createDirectories(project);
      Files.writeString(project.resolve("agent.project"), "");
      Files.writeString(project.resolve("main.agent"), "module t\nimport std.region.{eu_west}\n" + agents + "deploy open_network {\n  agents = ["
          + names + "]\n  aleph {\n    api = \"" + node.url() + "\"\n    channel = \"TEST\"\n" + (pinned ? "    nodes { eu_west = \"" + LoopbackAlephNode.CRN + "\" }\n" : "")
          + "  }\n}\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Compilation c = Compiler.check(project).get(0);
    assertFalse(c.hasErrors(), () -> c.diagnostics().toString());
    Plan plan = c.plans().get(0);
    BuildOptions options = new BuildOptions(signKey, signKey.isPresent() ? Optional.empty() : Optional.of(AlephTestSupport.SENDER), Optional.of(time), Map.of());
    var files = new TreeMap<String, byte[]>();
    new AlephTarget().emit(plan, options).files().forEach(a -> files.put(a.path(), a.bytes()));
    return new Deployment(plan, "aleph", files, project.resolve("out"), project.resolve(".agentc/state"));
  }

  private static String agent(String name, String image) { return "agent " + name + " {\n  image = \"" + image + "\"\n  port = 8000\n}\n"; }

  private ApplyOptions options(boolean prune) {
    return new ApplyOptions(Optional.empty(), SecretValues.NONE, prune, false, Duration.ofSeconds(5), AlephTestSupport.signed(key));
  }

  private AlephProvisioner provisioner(StateFile.Writer writer) {
    return new AlephProvisioner(api -> new HttpAlephApi(api, node.url() + "/crns.json", Duration.ofSeconds(2)), Clock.fixed(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC),
        Duration.ofMillis(5), writer);
  }

  private AlephProvisioner provisioner() { return provisioner(AtomicFile::write); }

  private static List<String> changes(PlanResult r) {
    return r.changes().stream().map(c -> c.action().symbol() + " " + c.kind() + " " + c.name()).toList();
  }

  private void assertNoDuplicates() {
    assertEquals(node.posted().size(), new HashSet<>(node.posted()).size(), () -> "a message was published twice: " + node.posted());
  }

  @Test
  void aFirstApplyPublishesEveryInstanceThenTheAggregate() {
    Deployment d = build(agent("tutor", "x/tutor:1"), AlephTestSupport.TIME);
    assertEquals(List.of("+ INSTANCE tutor-1", "+ AGGREGATE agentc:open-network"), changes(provisioner().plan(d, options(false))));
    provisioner().apply(d, options(false), line -> { });
    assertEquals(List.of("INSTANCE", "AGGREGATE"), node.processedTypes());
    assertTrue(Files.exists(d.stateDir().resolve("open-network.json")));
  }

  @Test
  void aRebuildWithNoChangeAtAnotherTimePublishesNothing() {
    provisioner().apply(build(agent("tutor", "x/tutor:1"), AlephTestSupport.TIME), options(false), line -> { });
    Deployment later = build(agent("tutor", "x/tutor:1"), AlephTestSupport.TIME + 3600);
    assertEquals(List.of(), changes(provisioner().plan(later, options(false))));
    provisioner().apply(later, options(false), line -> { });
    assertEquals(2, node.posted().size());
  }

  @Test
  void aChangedAgentPublishesANewInstanceAndForgetsTheOldOne() {
    provisioner().apply(build(agent("tutor", "x/tutor:1"), AlephTestSupport.TIME), options(false), line -> { });
    String old = node.posted().get(0);
    Deployment changed = build(agent("tutor", "x/tutor:2"), AlephTestSupport.TIME);
    PlanResult plan = provisioner().plan(changed, options(false));
    assertEquals(List.of("~ INSTANCE tutor-1", "~ AGGREGATE agentc:open-network"), changes(plan));
    String rebuilt = Desired.of(changed.files().get(AlephTarget.FILE)).get(0).hash();
    assertEquals(List.of(new Change.FieldChange("item_hash", old, rebuilt)), plan.changes().get(0).fields());
    provisioner().apply(changed, options(false), line -> { });
    assertEquals(List.of("INSTANCE", "AGGREGATE", "INSTANCE", "FORGET", "AGGREGATE"), node.processedTypes());
    assertEquals("forgotten", node.status(old));
  }

  @Test
  void instancesNoLongerBuiltAreReportedThenForgottenWithPrune() {
    provisioner().apply(build(agent("tutor", "x/tutor:1") + agent("grader", "x/grader:1"), AlephTestSupport.TIME), options(false), line -> { });
    Deployment smaller = build(agent("tutor", "x/tutor:1"), AlephTestSupport.TIME);
    PlanResult kept = provisioner().plan(smaller, options(false));
    assertEquals(List.of("~ AGGREGATE agentc:open-network"), changes(kept));
    assertEquals(List.of(Code.W0701), kept.warnings().stream().map(Diagnostic::code).toList());
    assertEquals(List.of("- INSTANCE grader-1", "~ AGGREGATE agentc:open-network"), changes(provisioner().plan(smaller, options(true))));
    provisioner().apply(smaller, options(true), line -> { });
    assertEquals(List.of(), changes(provisioner().plan(smaller, options(true))));
    assertTrue(node.processedTypes().contains("FORGET"));
  }

  @Test
  void anApiThatAnswers500IsE0711AndTheRerunFinishesWithoutDuplicates() {
    Deployment d = build(agent("tutor", "x/tutor:1"), AlephTestSupport.TIME);
    node.failNextPost(LoopbackAlephNode.Fault.HTTP_500);
    ApplyException e = assertThrows(ApplyException.class, () -> provisioner().apply(d, options(false), line -> { }));
    assertEquals(Code.E0711, e.diagnostic().code());
    assertTrue(e.diagnostic().message().contains("HTTP 500"), e.diagnostic().message());
    provisioner().apply(d, options(false), line -> { });
    assertEquals(List.of("INSTANCE", "AGGREGATE"), node.processedTypes());
    assertNoDuplicates();
  }

  @Test
  void aSubmitThatTimesOutIsCheckedNotSentAgain() {
    Deployment d = build(agent("tutor", "x/tutor:1"), AlephTestSupport.TIME);
    node.failNextPost(LoopbackAlephNode.Fault.SLOW);
    ApplyException e = assertThrows(ApplyException.class, () -> provisioner().apply(d, options(false), line -> { }));
    assertEquals(Code.E0711, e.diagnostic().code());
    assertTrue(e.diagnostic().message().contains("no answer within"), e.diagnostic().message());
    assertEquals(List.of("~ INSTANCE tutor-1 (left pending by an interrupted apply)", "+ AGGREGATE agentc:open-network"),
        changes(provisioner().plan(d, options(false))));
    provisioner().apply(d, options(false), line -> { });
    assertEquals(List.of("INSTANCE", "AGGREGATE"), node.processedTypes());
    assertNoDuplicates();
  }

  @Test
  void aCrashBetweenSubmitAndStateWriteResumesWithoutDuplicates() {
    Deployment d = build(agent("tutor", "x/tutor:1"), AlephTestSupport.TIME);
    AtomicInteger writes = new AtomicInteger();
    StateFile.Writer crashing = (file, bytes) -> {
      // The first write journals the INSTANCE before it is submitted; the process "dies" at the second.
      if (writes.incrementAndGet() == 2) throw new IOException("killed");
      AtomicFile.write(file, bytes);
    };
    ApplyException e = assertThrows(ApplyException.class, () -> provisioner(crashing).apply(d, options(false), line -> { }));
    assertEquals(Code.E0009, e.diagnostic().code(), e.diagnostic().message());
    assertEquals(1, node.posted().size());
    provisioner().apply(d, options(false), line -> { });
    assertEquals(List.of("INSTANCE", "AGGREGATE"), node.processedTypes());
    assertNoDuplicates();
    assertEquals(List.of(), changes(provisioner().plan(d, options(false))));
  }

  @Test
  void aRejectedMessageIsE0710WithTheReason() {
    Deployment d = build(agent("tutor", "x/tutor:1"), AlephTestSupport.TIME);
    node.failNextPost(LoopbackAlephNode.Fault.REJECT_BALANCE);
    ApplyException e = assertThrows(ApplyException.class, () -> provisioner().apply(d, options(false), line -> { }));
    assertEquals(Code.E0710, e.diagnostic().code());
    assertTrue(e.diagnostic().message().contains("error code 5") && e.diagnostic().message().contains("Insufficient balance"), e.diagnostic().message());
    assertEquals(List.of("+ INSTANCE tutor-1", "+ AGGREGATE agentc:open-network"), changes(provisioner().plan(d, options(false))));
  }

  @Test
  void anInstancePinnedToACrnIsStartedThereOnceProcessedAndARefusalResumes() {
    Deployment d = build("agent tutor {\n  image = \"x/tutor:1\"\n  port = 8000\n  regions = [eu_west]\n}\n", AlephTestSupport.TIME,
        AlephTestSupport.signed(key).signKey(), true);
    node.failNextNotify();
    ApplyException e = assertThrows(ApplyException.class, () -> provisioner().apply(d, options(false), line -> { }));
    assertEquals(Code.E0710, e.diagnostic().code());
    assertTrue(e.diagnostic().message().contains("402") && e.diagnostic().message().contains("Insufficient credits"), e.diagnostic().message());
    assertEquals(List.of("~ start of INSTANCE tutor-eu-west-1 (left pending by an interrupted apply)", "+ AGGREGATE agentc:open-network"),
        changes(provisioner().plan(d, options(false))));
    provisioner().apply(d, options(false), line -> { });
    assertEquals(List.of(node.posted().get(0)), node.notified());
    assertEquals(List.of("INSTANCE", "AGGREGATE"), node.processedTypes());
    assertNoDuplicates();
  }

  @Test
  void aRejectedReplacementLeavesTheOldInstanceLive() {
    provisioner().apply(build(agent("tutor", "x/tutor:1"), AlephTestSupport.TIME), options(false), line -> { });
    String old = node.posted().get(0);
    Deployment changed = build(agent("tutor", "x/tutor:2"), AlephTestSupport.TIME);
    node.failNextPost(LoopbackAlephNode.Fault.REJECT_BALANCE);
    assertEquals(Code.E0710, assertThrows(ApplyException.class, () -> provisioner().apply(changed, options(false), line -> { })).diagnostic().code());
    assertEquals("processed", node.status(old));
    assertEquals(List.of("~ INSTANCE tutor-1", "~ AGGREGATE agentc:open-network"), changes(provisioner().plan(changed, options(false))));
  }

  @Test
  void anApiThatAnswers422IsE0709() {
    Deployment d = build(agent("tutor", "x/tutor:1"), AlephTestSupport.TIME);
    node.failNextPost(LoopbackAlephNode.Fault.REFUSE_422);
    ApplyException e = assertThrows(ApplyException.class, () -> provisioner().apply(d, options(false), line -> { }));
    assertEquals(Code.E0709, e.diagnostic().code());
    assertTrue(e.diagnostic().message().contains("InvalidMessageFormat"), e.diagnostic().message());
    provisioner().apply(d, options(false), line -> { });
    assertNoDuplicates();
  }

  @Test
  void unsignedMessagesAreE0714() {
    Deployment d = build(agent("tutor", "x/tutor:1"), AlephTestSupport.TIME, Optional.empty(), false);
    ApplyOptions unsigned = new ApplyOptions(Optional.empty(), SecretValues.NONE, false, false, Duration.ofSeconds(1), AlephTestSupport.unsigned());
    assertEquals(Code.E0714, assertThrows(ApplyException.class, () -> provisioner().plan(d, unsigned)).diagnostic().code());
  }

  @Test
  void aCorruptStateFileIsE0712() throws IOException {
    Deployment d = build(agent("tutor", "x/tutor:1"), AlephTestSupport.TIME);
    Files.createDirectories(d.stateDir());
    Files.writeString(d.stateDir().resolve("open-network.json"), "{\"version\": 1, \"deploy\": \"open-network\", \"instances\": ");
    ApplyException e = assertThrows(ApplyException.class, () -> provisioner().plan(d, options(false)));
    assertEquals(Code.E0712, e.diagnostic().code());
    assertTrue(e.diagnostic().message().endsWith("it is not JSON"), e.diagnostic().message());
  }

  @Test
  void aStateFileOfAnotherDeployIsE0713() throws IOException {
    Deployment d = build(agent("tutor", "x/tutor:1"), AlephTestSupport.TIME);
    Files.createDirectories(d.stateDir());
    Files.writeString(d.stateDir().resolve("open-network.json"),
        "{\"version\": 1, \"deploy\": \"staging\", \"instances\": {}, \"aggregate\": null, \"pending\": []}");
    ApplyException e = assertThrows(ApplyException.class, () -> provisioner().plan(d, options(false)));
    assertEquals(Code.E0713, e.diagnostic().code());
    assertTrue(e.diagnostic().message().contains("belongs to deploy `staging`, not `open-network`"), e.diagnostic().message());
  }
}
