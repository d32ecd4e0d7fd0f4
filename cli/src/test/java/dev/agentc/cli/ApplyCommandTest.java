package dev.agentc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.diag.Code;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `agentc plan` and `agentc apply` in-process against fabric8's CRUD mock API server (through a
 * kubeconfig naming it): exit codes, the plan's layout, the confirmation, and the bad inputs.
 * The CRUD mock refuses server-side apply patches, so an apply that gets as far as applying stops
 * there with E0718 — which is what these tests need of it; whole applies are tested in the
 * kubernetes module with the SSA call swapped.
 */
@EnableKubernetesMockClient(crud = true)
class ApplyCommandTest {
  KubernetesClient client;
  KubernetesMockServer server;
  @TempDir Path dir;
  private Path kubeconfig;

  private static final String PROJECT = """
      module t
      /// The key of the model API.
      secret api_key
      agent triage {
        image = "x/triage:1"
        port  = 8080
        env { KEY = api_key }
      }
      deploy shop {
        agents = [triage]
        kubernetes { }
      }
      """;

  @BeforeEach
  void project() throws IOException {
    Files.writeString(dir.resolve("agent.project"), "");
    Files.writeString(dir.resolve("main.agent"), PROJECT);
    kubeconfig = kubeconfig(client.getMasterUrl().toString());
  }

  private Path kubeconfig(String url) throws IOException {
    Path file = dir.resolve(".kubeconfig-" + Math.abs(url.hashCode()));
    Files.writeString(file, """
        apiVersion: v1
        kind: Config
        clusters:
        - name: mock
          cluster:
            server: %s
            insecure-skip-tls-verify: true
        users:
        - name: u
          user:
            token: t
        contexts:
        - name: mock
          context:
            cluster: mock
            user: u
        current-context: mock
        """.formatted(url));
    return file;
  }

  private static final Map<String, String> SECRET = Map.of("AGENTC_SECRET_API_KEY", "s3cr3t");

  private MainTest.Run run(Map<String, String> env, String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env, false, dir,
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    int code = Main.run(args, io);
    return new MainTest.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void planListsWhatWouldBeCreatedAndExits2() {
    MainTest.Run r = run(SECRET, "", "plan", "--kubeconfig", kubeconfig.toString());
    assertEquals(Exit.CHANGES, r.code(), r.err());
    assertTrue(r.out().startsWith("deploy `shop` → kubernetes\n  # the current kube context\n  + Namespace shop\n"), r.out());
    assertTrue(r.out().endsWith("Plan: 6 to create, 0 to change, 0 to delete.\n"), r.out());
    assertTrue(!r.out().contains("s3cr3t") && !r.err().contains("s3cr3t"), "no secret value is printed");
  }

  @Test
  void planInColourMarksCreationsGreen() {
    MainTest.Run r = run(SECRET, "", "plan", "--kubeconfig", kubeconfig.toString(), "--color", "always");
    assertTrue(r.out().contains("\u001b[1;32m  + Namespace shop\u001b[0m"), r.out());
  }

  @Test
  void applyAsksAndDoesNothingUnlessTheAnswerIsYes() {
    MainTest.Run r = run(SECRET, "no\n", "apply", "--kubeconfig", kubeconfig.toString());
    assertEquals(Exit.ERRORS, r.code());
    assertTrue(r.err().contains("Apply these changes? Only `yes` is accepted: ") && r.err().contains("Apply cancelled: nothing was changed."), r.err());
    assertEquals(null, client.namespaces().withName("shop").get());
    assertTrue(!Files.exists(dir.resolve("out")), "nothing written");
  }

  @Test
  void applyWithDryRunShowsThePlanAndStops() {
    MainTest.Run r = run(SECRET, "", "apply", "--dry-run", "--kubeconfig", kubeconfig.toString());
    assertEquals(Exit.OK, r.code(), r.err());
    assertTrue(r.out().contains("+ Deployment shop/triage") && r.err().contains("Dry run: nothing was applied."), r.err());
  }

  @Test
  void anApplyTheServerRefusesIsE0718AndSaysRerunningFinishes() {
    MainTest.Run r = run(SECRET, "", "apply", "--yes", "--kubeconfig", kubeconfig.toString());
    assertEquals(Exit.ERRORS, r.code());
    assertTrue(r.err().contains("error[" + Code.E0718 + "]"), r.err());
    assertTrue(r.err().contains("running `agentc apply` again finishes the rest"), r.err());
    assertTrue(Files.isRegularFile(dir.resolve("out/shop/kubernetes/default.yaml")), "apply writes the build first");
  }

  @Test
  void aMissingSecretIsReportedAtItsDeclaration() {
    MainTest.Run r = run(Map.of(), "", "plan", "--kubeconfig", kubeconfig.toString());
    assertEquals(Exit.ERRORS, r.code());
    assertTrue(r.err().contains("error[E0706]: no value for the secret `t.api_key`") && r.err().contains("main.agent:3:"), r.err());
    assertTrue(r.err().contains("AGENTC_SECRET_API_KEY"), r.err());
  }

  @Test
  void aSecretsFileOthersCanReadIsE0707() throws IOException {
    Path secrets = dir.resolve("secrets.env");
    Files.writeString(secrets, "api_key=from-file\n");
    Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-r--r--"));
    MainTest.Run r = run(Map.of(), "", "plan", "--kubeconfig", kubeconfig.toString(), "--secrets", "secrets.env");
    assertEquals(Exit.ERRORS, r.code());
    assertTrue(r.err().contains("error[" + Code.E0707 + "]") && r.err().contains("chmod 600"), r.err());
    Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
    assertEquals(Exit.CHANGES, run(Map.of(), "", "plan", "--kubeconfig", kubeconfig.toString(), "--secrets", "secrets.env").code());
  }

  @Test
  void anUnreachableClusterIsE0701() throws IOException {
    MainTest.Run r = run(SECRET, "", "plan", "--kubeconfig", kubeconfig("https://127.0.0.1:1").toString());
    assertEquals(Exit.ERRORS, r.code());
    assertTrue(r.err().contains("error[E0701]: cannot reach the cluster of the current kube context"), r.err());
    assertTrue(r.err().contains("error: nothing was changed"), r.err());
  }

  @Test
  void aBadTimeoutIsAUsageError() {
    MainTest.Run r = run(SECRET, "", "apply", "--timeout", "5 minutes");
    assertEquals(Exit.USAGE, r.code());
    assertTrue(r.err().contains("is not a duration"), r.err());
  }
}
