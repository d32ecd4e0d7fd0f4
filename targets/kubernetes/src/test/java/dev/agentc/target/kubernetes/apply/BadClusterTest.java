package dev.agentc.target.kubernetes.apply;

import static dev.agentc.target.kubernetes.apply.Fixtures.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.apply.ApplyException;
import dev.agentc.apply.ApplyOptions;
import dev.agentc.apply.Deployment;
import dev.agentc.apply.SecretValues;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.target.BuildOptions;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a cluster can refuse: one clear diagnostic, before anything half-applied. */
@EnableKubernetesMockClient
class BadClusterTest {
  KubernetesClient client;
  KubernetesMockServer server;
  @TempDir Path dir;

  private Diagnostic planFails(Deployment d, ApplyOptions options) {
    return assertThrows(ApplyException.class,
        () -> new KubernetesProvisioner(Fixtures.mock(server), ServerSideApply.FABRIC8, new Readiness(Duration.ofMillis(10))).plan(d, options))
        .diagnostic();
  }

  private static Status status(int code, String message) { return new StatusBuilder().withCode(code).withMessage(message).build(); }

  @Test
  void expiredCredentialsAreE0702() {
    Deployment d = Fixtures.deployment(dir, agent("triage", "x:1"), "");
    server.expect().get().withPath("/api/v1/namespaces/shop").andReturn(401, status(401, "Unauthorized")).always();
    Diagnostic e = planFails(d, Fixtures.options(false, Duration.ofSeconds(1)));
    assertEquals(Code.E0702, e.code());
    assertTrue(e.hint().orElseThrow().contains("log in again"), e.hint().toString());
  }

  @Test
  void aForbiddenNamespaceIsE0703() {
    Deployment d = Fixtures.deployment(dir, agent("triage", "x:1"), "");
    server.expect().get().withPath("/api/v1/namespaces/shop/serviceaccounts/triage")
        .andReturn(403, status(403, "serviceaccounts \"triage\" is forbidden: User \"dev\" cannot get resource \"serviceaccounts\" in the namespace \"shop\""))
        .always();
    Diagnostic e = planFails(d, Fixtures.options(false, Duration.ofSeconds(1)));
    assertEquals(Code.E0703, e.code());
    assertTrue(e.message().contains("ServiceAccount shop/triage") && e.message().contains("User \"dev\""), e.message());
  }

  @Test
  void aFieldOwnedByAnotherManagerIsE0704NamingTheWayOut() {
    Deployment d = Fixtures.deployment(dir, agent("triage", "x:1"), "");
    GenericKubernetesResource live = Desired.documents(new String(d.files().get("default.yaml"))).stream()
        .filter(o -> o.getKind().equals("Deployment")).findFirst().orElseThrow();
    server.expect().get().withPath("/apis/apps/v1/namespaces/shop/deployments/triage").andReturn(200, live).always();
    server.expect().patch().withPath("/apis/apps/v1/namespaces/shop/deployments/triage?fieldManager=agentc&dryRun=All")
        .andReturn(409, status(409, "Apply failed with 1 conflict: conflict with \"kubectl-edit\" using apps/v1: .spec.replicas")).always();
    Diagnostic e = planFails(d, Fixtures.options(false, Duration.ofSeconds(1)));
    assertEquals(Code.E0704, e.code());
    assertTrue(e.message().startsWith("Deployment shop/triage is also managed") && e.message().contains("kubectl-edit"), e.message());
    assertTrue(e.hint().orElseThrow().contains("--force-conflicts"));
  }

  @Test
  void anUnreachableClusterIsE0701() throws IOException {
    Deployment d = Fixtures.deployment(dir, agent("triage", "x:1"), "");
    Path kubeconfig = kubeconfig("https://127.0.0.1:1", "ctx");
    ApplyOptions options = options(kubeconfig);
    Diagnostic e = assertThrows(ApplyException.class, () -> new KubernetesProvisioner().plan(d, options)).diagnostic();
    assertEquals(Code.E0701, e.code());
    assertTrue(e.message().contains("the current kube context") && e.message().endsWith("the connection was refused"), e.message());
  }

  @Test
  void aContextTheKubeconfigLacksIsE0719() throws IOException {
    Deployment d = Fixtures.deployment(dir.resolve("p"),
        "agent triage {\n  image = \"x:1\"\n  regions = [eu_west]\n  env { KEY = api_key }\n}\n", "clusters { eu_west = \"prod-eu\" }");
    ApplyOptions options = options(kubeconfig("https://127.0.0.1:1", "staging"));
    Diagnostic e = assertThrows(ApplyException.class, () -> new KubernetesProvisioner().plan(d, options)).diagnostic();
    assertEquals(Code.E0719, e.code());
    assertTrue(e.message().contains("has no context `prod-eu`"), e.message());
    assertTrue(e.hint().orElseThrow().contains("staging"), e.hint().toString());
  }

  @Test
  void aMissingKubeconfigIsE0719() {
    Deployment d = Fixtures.deployment(dir, agent("triage", "x:1"), "");
    Diagnostic e = assertThrows(ApplyException.class, () -> new KubernetesProvisioner().plan(d, options(dir.resolve("nope")))).diagnostic();
    assertEquals(Code.E0719, e.code());
    assertTrue(e.message().endsWith("the file does not exist"), e.message());
  }

  private ApplyOptions options(Path kubeconfig) {
    return new ApplyOptions(Optional.of(kubeconfig), SecretValues.load(Optional.empty(), Map.of("AGENTC_SECRET_API_KEY", "v")), false, false,
        Duration.ofSeconds(1), BuildOptions.DEFAULT);
  }

  private Path kubeconfig(String server, String context) throws IOException {
    Path file = dir.resolve("kubeconfig");
    Files.writeString(file, """
        apiVersion: v1
        kind: Config
        clusters:
        - name: c
          cluster:
            server: %s
        users:
        - name: u
          user:
            token: t
        contexts:
        - name: %s
          context:
            cluster: c
            user: u
        current-context: %s
        """.formatted(server, context, context));
    return file;
  }
}
