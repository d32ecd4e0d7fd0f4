package dev.agentc.target.kubernetes.apply;

import static dev.agentc.target.kubernetes.apply.Fixtures.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.apply.ApplyOptions;
import dev.agentc.apply.Deployment;
import dev.agentc.apply.SecretValues;
import dev.agentc.target.BuildOptions;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact server-side apply requests, against fabric8's mock server in expectations mode. */
@EnableKubernetesMockClient
class ServerSideApplyRequestTest {
  KubernetesClient client;
  KubernetesMockServer server;
  @TempDir Path dir;

  private static final String NS = "/api/v1/namespaces/shop";

  private GenericKubernetesResource object(Deployment d, String kind) {
    return Desired.documents(new String(d.files().get("default.yaml"))).stream().filter(o -> o.getKind().equals(kind)).findFirst().orElseThrow();
  }

  private List<RecordedRequest> requests() throws InterruptedException {
    List<RecordedRequest> out = new ArrayList<>();
    for (RecordedRequest r; (r = server.takeRequest(100, TimeUnit.MILLISECONDS)) != null; ) out.add(r);
    return out;
  }

  @Test
  void anApplyIsAPatchAsFieldManagerAgentcWithForceAndAnApplyPatchBody() throws InterruptedException {
    Deployment d = Fixtures.deployment(dir, agent("triage", "x/triage:1"), "");
    GenericKubernetesResource deployment = object(d, "Deployment");
    String path = "/apis/apps/v1/namespaces/shop/deployments/triage?fieldManager=agentc&force=true";
    server.expect().patch().withPath(path).andReturn(200, deployment).once();
    ServerSideApply.FABRIC8.apply(client, Kinds.of("Deployment").orElseThrow(), deployment, false, true);
    RecordedRequest r = server.getLastRequest();
    assertEquals("PATCH", r.getMethod());
    assertEquals(path, r.getPath());
    assertTrue(r.getHeader("Content-Type").startsWith("application/apply-patch+yaml"), r.getHeader("Content-Type"));
    assertTrue(r.getBody().readUtf8().contains("x/triage:1"));
  }

  @Test
  void withoutForceConflictsTheApplyDoesNotAskToForce() throws InterruptedException {
    Deployment d = Fixtures.deployment(dir, agent("triage", "x/triage:1"), "");
    GenericKubernetesResource deployment = object(d, "Deployment");
    String path = "/apis/apps/v1/namespaces/shop/deployments/triage?fieldManager=agentc";
    server.expect().patch().withPath(path).andReturn(200, deployment).once();
    ServerSideApply.FABRIC8.apply(client, Kinds.of("Deployment").orElseThrow(), deployment, false, false);
    assertEquals(path, server.getLastRequest().getPath());
  }

  @Test
  void aPlanOfALiveObjectIsAServerSideApplyDryRun() throws InterruptedException {
    Deployment d = Fixtures.deployment(dir, agent("triage", "x/triage:1"), "");
    GenericKubernetesResource deployment = object(d, "Deployment");
    String path = "/apis/apps/v1/namespaces/shop/deployments/triage?fieldManager=agentc&dryRun=All";
    server.expect().patch().withPath(path).andReturn(200, deployment).once();
    ServerSideApply.FABRIC8.apply(client, Kinds.of("Deployment").orElseThrow(), deployment, true, false);
    assertEquals(path, server.getLastRequest().getPath());
  }

  @Test
  void aFirstApplySendsTheNamespaceFirstThenEveryObjectInApplyOrder() throws InterruptedException {
    Deployment d = Fixtures.deployment(dir, agent("triage", "x/triage:1"), "");
    List<String> expected = List.of(NS, NS + "/serviceaccounts/triage", NS + "/secrets/shop-secrets", NS + "/services/triage",
        "/apis/apps/v1/namespaces/shop/deployments/triage", "/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies/triage-egress");
    for (String p : expected) server.expect().patch().withPath(p + "?fieldManager=agentc&force=true").andReturn(200, object(d, "Namespace")).once();
    GenericKubernetesResource ready = object(d, "Deployment");
    ready.setAdditionalProperty("status", Map.of("observedGeneration", 1, "updatedReplicas", 1, "availableReplicas", 1));
    server.expect().get().withPath("/apis/apps/v1/namespaces/shop/deployments/triage").andReturn(404, null).once();
    server.expect().get().withPath("/apis/apps/v1/namespaces/shop/deployments/triage").andReturn(200, ready).always();

    ApplyOptions force = new ApplyOptions(Optional.empty(), SecretValues.load(Optional.empty(), Map.of("AGENTC_SECRET_API_KEY", "v")), false, true,
        Duration.ofSeconds(5), BuildOptions.DEFAULT);
    new KubernetesProvisioner(Fixtures.mock(server), ServerSideApply.FABRIC8, new Readiness(Duration.ofMillis(10))).apply(d, force, line -> { });

    List<String> patches = requests().stream().filter(r -> r.getMethod().equals("PATCH")).map(RecordedRequest::getPath).toList();
    assertEquals(expected.stream().map(p -> p + "?fieldManager=agentc&force=true").toList(), patches);
  }
}
