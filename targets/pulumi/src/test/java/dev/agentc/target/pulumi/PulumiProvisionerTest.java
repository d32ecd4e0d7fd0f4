package dev.agentc.target.pulumi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.automation.OperationType;
import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.apply.ApplyException;
import dev.agentc.apply.ApplyOptions;
import dev.agentc.apply.Change;
import dev.agentc.apply.Deployment;
import dev.agentc.apply.PlanResult;
import dev.agentc.apply.SecretValues;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.target.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `agentc plan`/`apply` on a pulumi deploy through the Automation API, against {@link FakePulumi}:
 * the stack selected or created, the secrets set through standard input, the preview or up and
 * what it reports, and a clear error without the CLI or when a command fails.
 */
class PulumiProvisionerTest {
  private static final String SECRET = "s3cr3t-value";
  private static final String NS = "urn:pulumi:prod::t-shop::kubernetes:core/v1:Namespace::default/shop";
  private static final String SCOPE = "Pulumi stack `prod`";
  private static final String DEPLOYMENT = "urn:pulumi:prod::t-shop::kubernetes:apps/v1:Deployment::default/shop/triage";

  @TempDir Path dir;

  private Deployment deployment() throws IOException {
    Files.writeString(dir.resolve("agent.project"), "");
    Files.writeString(dir.resolve("main.agent"), """
        module t
        secret api_key
        agent triage {
          image = "x/triage:1"
          port = 8080
          env { KEY = api_key }
        }
        deploy shop {
          agents = [triage]
          kubernetes { }
          pulumi { stack = "prod" }
        }
        """);
    Compilation c = Compiler.check(dir).get(0);
    assertTrue(!c.hasErrors(), c.diagnostics().toString());
    Plan plan = c.plans().get(0);
    TreeMap<String, byte[]> files = new TreeMap<>();
    new PulumiTarget().emit(plan, BuildOptions.DEFAULT).files().forEach(a -> files.put(a.path(), a.bytes()));
    assertTrue(files.containsKey("Pulumi.prod.yaml"), "the stack's non-secret config is part of the project");
    return new Deployment(plan, "pulumi", files, dir.resolve("out/shop/pulumi"), dir.resolve(".agentc/state"));
  }

  private static ApplyOptions options(Map<String, String> secrets) {
    return new ApplyOptions(Optional.empty(), SecretValues.load(Optional.empty(), secrets), false, false, Duration.ofMinutes(1), BuildOptions.DEFAULT);
  }

  private static final ApplyOptions OPTIONS = options(Map.of("AGENTC_SECRET_API_KEY", SECRET));

  @Test
  void planCreatesTheStackSetsTheSecretThroughStandardInputAndPreviewsACopyOfTheBuild() throws IOException {
    Deployment d = deployment();
    FakePulumi pulumi = FakePulumi.in(dir.resolve("bin"), "v3.140.0");
    pulumi.events(List.of("same kubernetes:core/v1:Namespace " + NS, "create kubernetes:apps/v1:Deployment " + DEPLOYMENT),
        "{\"same\":1,\"create\":1}");

    PlanResult plan = new PulumiProvisioner(pulumi.env()).plan(d, OPTIONS);

    assertEquals(List.of(new Change(Change.Action.CREATE, "Pulumi stack `prod`", "kubernetes:apps/v1:Deployment", "default/shop/triage", List.of())),
        plan.changes());
    String env = " | passphrase=pass | stack-config=yes";
    assertEquals(List.of(
        "version | passphrase=pass | stack-config=no",
        "stack select --stack prod --non-interactive" + env,
        "stack init prod --non-interactive" + env,
        "config set --secret --stack prod --non-interactive -- api-key" + env,
        "preview --exec-kind auto.local --non-interactive --event-log LOG" + env), pulumi.calls());
    assertEquals(SECRET, pulumi.stdin());
    assertTrue(pulumi.calls().stream().noneMatch(c -> c.contains(SECRET)), "the secret is never an argument");
    assertFalse(Files.exists(d.outDir()), "plan writes nothing to OUT");
    assertTrue(pulumi.dirs().stream().skip(1).map(Path::of).noneMatch(Files::exists), "the private copy is gone after the plan");
  }

  @Test
  void aPreviewWhereEverythingIsTheSameHasNoChanges() throws IOException {
    Deployment d = deployment();
    FakePulumi pulumi = FakePulumi.in(dir.resolve("bin"), "v3.140.0");
    pulumi.stackExists();
    pulumi.events(List.of("same kubernetes:core/v1:Namespace " + NS, "same kubernetes:apps/v1:Deployment " + DEPLOYMENT), "{\"same\":2}");

    PlanResult plan = new PulumiProvisioner(pulumi.env()).plan(d, OPTIONS);

    assertFalse(plan.hasChanges(), plan.changes().toString());
    assertTrue(pulumi.calls().stream().noneMatch(c -> c.startsWith("stack init")), pulumi.calls().toString());
  }

  @Test
  void applyRunsUpOnTheWrittenProjectAndReportsItsSteps() throws IOException {
    Deployment d = deployment();
    Files.createDirectories(d.outDir());
    Files.writeString(d.outDir().resolve("Pulumi.prod.yaml"), "config: {}\n");
    FakePulumi pulumi = FakePulumi.in(dir.resolve("bin"), "3.95.0");
    pulumi.stackExists();
    pulumi.events(List.of("create kubernetes:apps/v1:Deployment " + DEPLOYMENT, "delete kubernetes:core/v1:Service " + NS.replace("Namespace", "Service")),
        "{\"create\":1,\"delete\":1}");
    List<String> progress = new ArrayList<>();

    PlanResult done = new PulumiProvisioner(pulumi.env()).apply(d, OPTIONS, progress::add);

    assertEquals(List.of(Change.Action.CREATE, Change.Action.DELETE), done.changes().stream().map(Change::action).toList());
    String env = " | passphrase=pass | stack-config=yes";
    assertEquals(List.of(
        "version | passphrase=pass | stack-config=no",
        "stack select --stack prod --non-interactive" + env,
        "config set --secret --stack prod --non-interactive -- api-key" + env,
        "up --yes --skip-preview --exec-kind auto.local --non-interactive --event-log LOG" + env,
        "stack output --json --stack prod --non-interactive" + env,
        "stack output --json --show-secrets --stack prod --non-interactive" + env,
        "stack history --json --page-size 1 --page 1 --non-interactive" + env), pulumi.calls());
    assertTrue(pulumi.dirs().stream().skip(1).allMatch(p -> Path.of(p).equals(d.outDir())), pulumi.dirs().toString());
    assertTrue(progress.contains("    Updating (prod)"), progress.toString());
    assertTrue(progress.stream().noneMatch(l -> l.contains(SECRET)), progress.toString());
  }

  @Test
  void withoutThePulumiCliThePlanIsE0716BeforeAnythingElse() throws IOException {
    Deployment d = deployment();
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Diagnostic e = assertThrows(ApplyException.class,
        () -> new PulumiProvisioner(Map.of("PATH", empty.toString())).plan(d, options(Map.of()))).diagnostic();
    assertEquals(Code.E0716, e.code());
    assertTrue(e.message().contains("the `pulumi` CLI is not installed"), e.message());
  }

  @Test
  void aCliOlderThanTheAutomationApiNeedsIsE0716() throws IOException {
    Deployment d = deployment();
    FakePulumi pulumi = FakePulumi.in(dir.resolve("bin"), "v3.50.0");
    Diagnostic e = assertThrows(ApplyException.class, () -> new PulumiProvisioner(pulumi.env()).plan(d, OPTIONS)).diagnostic();
    assertEquals(Code.E0716, e.code());
    assertTrue(e.message().contains("version 3.50.0") && e.message().contains("3.95"), e.message());
    assertEquals(List.of("version | passphrase=pass | stack-config=no"), pulumi.calls());
  }

  @Test
  void aSecretMissingAtApplyTimeIsE0706AndNothingRuns() throws IOException {
    Deployment d = deployment();
    FakePulumi pulumi = FakePulumi.in(dir.resolve("bin"), "v3.140.0");
    Diagnostic e = assertThrows(ApplyException.class, () -> new PulumiProvisioner(pulumi.env()).plan(d, options(Map.of()))).diagnostic();
    assertEquals(Code.E0706, e.code());
    assertEquals(List.of("version | passphrase=pass | stack-config=no"), pulumi.calls());
  }

  @Test
  void aFailingUpIsE0717WithWhatItPrinted() throws IOException {
    Deployment d = deployment();
    Files.createDirectories(d.outDir());
    FakePulumi pulumi = FakePulumi.in(dir.resolve("bin"), "v3.140.0");
    pulumi.stackExists();
    pulumi.failUp();
    Diagnostic e = assertThrows(ApplyException.class, () -> new PulumiProvisioner(pulumi.env()).apply(d, OPTIONS, line -> { })).diagnostic();
    assertEquals(Code.E0717, e.code());
    assertTrue(e.message().startsWith("`pulumi up --yes --skip-preview --exec-kind auto.local --non-interactive` failed: exit code 255"), e.message());
    assertTrue(e.message().contains("no credentials"), e.message());
    assertTrue(e.hint().orElseThrow().contains("pulumi login"), e.hint().toString());
  }

  // What a preview or up reports, turned into the plan's changes (a pure function).

  private static PulumiChanges.Step step(OperationType op, String name) {
    return new PulumiChanges.Step(op, "kubernetes:apps/v1:Deployment", "urn:pulumi:prod::p::kubernetes:apps/v1:Deployment::" + name);
  }

  @Test
  void eachResourceStepIsOneChangeAndAReplaceCountsOnce() {
    List<PulumiChanges.Step> steps = List.of(step(OperationType.SAME, "a"), step(OperationType.CREATE, "b"), step(OperationType.UPDATE, "c"),
        step(OperationType.CREATE_REPLACEMENT, "d"), step(OperationType.REPLACE, "d"), step(OperationType.DELETE_REPLACED, "d"),
        step(OperationType.DELETE, "e"), step(OperationType.READ, "f"));
    assertEquals(List.of(
        new Change(Change.Action.CREATE, SCOPE, "kubernetes:apps/v1:Deployment", "b", List.of()),
        new Change(Change.Action.UPDATE, SCOPE, "kubernetes:apps/v1:Deployment", "c", List.of()),
        new Change(Change.Action.UPDATE, SCOPE, "kubernetes:apps/v1:Deployment", "d (replaced)", List.of()),
        new Change(Change.Action.DELETE, SCOPE, "kubernetes:apps/v1:Deployment", "e", List.of())), PulumiChanges.of("prod", steps, Map.of()));
  }

  @Test
  void withoutStepsTheSummaryGivesOneChangePerOperation() {
    Map<OperationType, Integer> summary = Map.of(OperationType.SAME, 4, OperationType.CREATE, 2, OperationType.DELETE, 1, OperationType.UPDATE, 0);
    assertEquals(List.of(
        new Change(Change.Action.CREATE, SCOPE, "resources", "2 to create", List.of()),
        new Change(Change.Action.DELETE, SCOPE, "resources", "1 to delete", List.of())), PulumiChanges.of("prod", List.of(), summary));
  }

  @Test
  void aSummaryOfOnlySameIsNoChange() {
    assertEquals(List.of(), PulumiChanges.of("prod", List.of(step(OperationType.SAME, "a")), Map.of(OperationType.SAME, 1)));
  }
}
