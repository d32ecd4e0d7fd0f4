package dev.agentc.target.kubernetes.apply;

import static dev.agentc.target.kubernetes.apply.Fixtures.agent;
import static dev.agentc.target.kubernetes.apply.Fixtures.kinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.apply.ApplyException;
import dev.agentc.apply.Change;
import dev.agentc.apply.Deployment;
import dev.agentc.apply.PlanResult;
import dev.agentc.diag.Code;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole plan/apply flows against fabric8's CRUD mock server. Its CRUD mode refuses server-side
 * apply patches, so these tests swap the one SSA call ({@link ServerSideApply}) for create-or-update
 * ({@link Fixtures#CREATE_OR_UPDATE}); {@link ServerSideApplyRequestTest} asserts the real requests.
 */
@EnableKubernetesMockClient(crud = true)
class CrudFlowWithSsaSwappedTest {
  KubernetesClient client;
  KubernetesMockServer server;
  @TempDir Path dir;

  private KubernetesProvisioner provisioner() {
    return new KubernetesProvisioner(Fixtures.mock(server), Fixtures.CREATE_OR_UPDATE, new Readiness(Duration.ofMillis(20)));
  }

  /** Applies, marking the Deployments rolled out when the provisioner starts waiting for them. */
  private PlanResult apply(Deployment d, boolean prune) {
    List<String> progress = new ArrayList<>();
    return provisioner().apply(d, Fixtures.options(prune, Duration.ofSeconds(10)), line -> {
      progress.add(line);
      if (line.startsWith("waiting for")) Fixtures.rolledOut(client);
    });
  }

  @Test
  void firstApplyCreatesTheNamespaceFirstThenEveryObjectInOrderWithSsaSwapped() {
    Deployment d = Fixtures.deployment(dir, agent("triage", "x/triage:1"), "");
    PlanResult plan = provisioner().plan(d, Fixtures.options(false, Duration.ofSeconds(1)));
    assertEquals(List.of("+ Namespace shop", "+ ServiceAccount shop/triage", "+ Secret shop/shop-secrets", "+ Service shop/triage",
        "+ Deployment shop/triage", "+ NetworkPolicy shop/triage-egress"), kinds(plan.changes()));
    PlanResult done = apply(d, false);
    assertEquals(kinds(plan.changes()), kinds(done.changes()));
    assertNotNull(client.apps().deployments().inNamespace("shop").withName("triage").get());
    Secret secret = client.secrets().inNamespace("shop").withName("shop-secrets").get();
    assertEquals("s3cr3t-value", new String(Base64.getDecoder().decode(secret.getData().get("api-key")), StandardCharsets.UTF_8));
  }

  @Test
  void secondPlanAfterAnApplyHasNoChangesWithSsaSwapped() {
    Deployment d = Fixtures.deployment(dir, agent("triage", "x/triage:1"), "");
    apply(d, false);
    PlanResult again = provisioner().plan(d, Fixtures.options(false, Duration.ofSeconds(1)));
    assertEquals(List.of(), kinds(again.changes()));
    assertEquals(List.of(), again.warnings());
  }

  @Test
  void aChangedImageIsAFieldLevelUpdateWithSsaSwapped() {
    apply(Fixtures.deployment(dir, agent("triage", "x/triage:1"), ""), false);
    PlanResult plan = provisioner().plan(Fixtures.deployment(dir, agent("triage", "x/triage:2"), ""), Fixtures.options(false, Duration.ofSeconds(1)));
    assertEquals(List.of("~ Deployment shop/triage"), kinds(plan.changes()));
    assertEquals(List.of(new Change.FieldChange("spec.template.spec.containers[0].image", "\"x/triage:1\"", "\"x/triage:2\"")),
        plan.changes().get(0).fields());
  }

  @Test
  void aChangedSecretValueIsShownWithoutTheValueWithSsaSwapped() {
    Deployment d = Fixtures.deployment(dir, agent("triage", "x/triage:1"), "");
    apply(d, false);
    var options = new dev.agentc.apply.ApplyOptions(java.util.Optional.empty(),
        dev.agentc.apply.SecretValues.load(java.util.Optional.empty(), java.util.Map.of("AGENTC_SECRET_API_KEY", "rotated")), false, false,
        Duration.ofSeconds(1), dev.agentc.target.BuildOptions.DEFAULT);
    PlanResult plan = provisioner().plan(d, options);
    assertEquals(List.of(new Change.FieldChange("data.api-key", FieldDiff.SENSITIVE, FieldDiff.SENSITIVE)), plan.changes().get(0).fields());
    assertTrue(plan.changes().toString().indexOf("rotated") < 0 && plan.changes().toString().indexOf("s3cr3t") < 0);
  }

  @Test
  void objectsNoLongerBuiltAreReportedThenPrunedWithSsaSwapped() {
    apply(Fixtures.deployment(dir, agent("triage", "x/triage:1") + agent("billing", "x/billing:1"), ""), false);
    Deployment smaller = Fixtures.deployment(dir, agent("triage", "x/triage:1"), "");

    PlanResult kept = provisioner().plan(smaller, Fixtures.options(false, Duration.ofSeconds(1)));
    assertEquals(List.of(), kinds(kept.changes()));
    assertEquals(List.of(Code.W0701), kept.warnings().stream().map(w -> w.code()).toList());
    assertTrue(kept.warnings().get(0).message().contains("Deployment shop/billing"), kept.warnings().get(0).message());

    PlanResult pruning = provisioner().plan(smaller, Fixtures.options(true, Duration.ofSeconds(1)));
    assertEquals(List.of("- NetworkPolicy shop/billing-egress", "- Deployment shop/billing", "- Service shop/billing", "- ServiceAccount shop/billing"),
        kinds(pruning.changes()));
    apply(smaller, true);
    assertNull(client.apps().deployments().inNamespace("shop").withName("billing").get());
    assertNotNull(client.apps().deployments().inNamespace("shop").withName("triage").get());
    assertEquals(List.of(), kinds(provisioner().plan(smaller, Fixtures.options(true, Duration.ofSeconds(1))).changes()));
  }

  @Test
  void aWorkloadThatNeverBecomesReadyTimesOutWithSsaSwapped() {
    Deployment d = Fixtures.deployment(dir, agent("triage", "x/triage:1"), "");
    List<String> progress = new ArrayList<>();
    ApplyException e = assertThrows(ApplyException.class, () -> provisioner().apply(d, Fixtures.options(false, Duration.ofMillis(200)), progress::add));
    assertEquals(Code.E0708, e.diagnostic().code());
    assertTrue(e.diagnostic().message().contains("Deployment shop/triage"), e.diagnostic().message());
    assertTrue(progress.contains("  Deployment shop/triage: 0/1 ready, 0/1 updated"), progress.toString());
    // What was applied stays applied: the next run only waits again.
    assertEquals(List.of(), kinds(provisioner().plan(d, Fixtures.options(false, Duration.ofSeconds(1))).changes()));
  }

  @Test
  void aSecretWithoutAValueStopsBeforeAnythingIsAppliedWithSsaSwapped() {
    Deployment d = Fixtures.deployment(dir, agent("triage", "x/triage:1"), "");
    var none = new dev.agentc.apply.ApplyOptions(java.util.Optional.empty(), dev.agentc.apply.SecretValues.NONE, false, false, Duration.ofSeconds(1),
        dev.agentc.target.BuildOptions.DEFAULT);
    ApplyException e = assertThrows(ApplyException.class, () -> provisioner().apply(d, none, line -> { }));
    assertEquals(Code.E0706, e.diagnostic().code());
    assertTrue(e.diagnostic().hint().orElseThrow().contains("AGENTC_SECRET_API_KEY"), e.diagnostic().hint().toString());
    assertNull(client.namespaces().withName("shop").get());
  }

  @Test
  void aMissingCustomResourceDefinitionIsReportedWithWhatToInstallWithSsaSwapped() {
    Deployment d = Fixtures.deployment(dir, "agent triage {\n  image = \"x:1\"\n  port = 8080\n  env { KEY = api_key }\n"
        + "  rollout { strategy = canary  steps = [20%] }\n}\n", "rollouts = argo");
    ApplyException e = assertThrows(ApplyException.class, () -> provisioner().plan(d, Fixtures.options(false, Duration.ofSeconds(1))));
    assertEquals(Code.E0705, e.diagnostic().code());
    assertTrue(e.diagnostic().message().contains("rollouts.argoproj.io"), e.diagnostic().message());
    assertTrue(e.diagnostic().hint().orElseThrow().contains("argo-rollouts"), e.diagnostic().hint().toString());
  }
}
