package dev.agentc.target.kubernetes.apply;

import static dev.agentc.target.kubernetes.apply.Fixtures.agent;
import static dev.agentc.target.kubernetes.apply.Fixtures.kinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.agentc.apply.ApplyException;
import dev.agentc.apply.ApplyOptions;
import dev.agentc.apply.Change;
import dev.agentc.apply.Deployment;
import dev.agentc.diag.Code;
import io.fabric8.kubeapitest.KubeAPIServer;
import io.fabric8.kubeapitest.KubeAPIServerConfigBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan/apply flows against a real kube-apiserver with real server-side apply, started by
 * kube-api-test from binaries already on this machine (`KUBE_API_TEST_DIR`, else
 * `~/.kubeapitest/k8s/<version>/`). Nothing is downloaded: without the binaries the class is
 * skipped and says so. The API server runs no controllers, so Deployments never become ready.
 */
class RealApiServerTest {
  private static KubeAPIServer server;
  private static Path kubeconfig;
  private static String skipped;
  @TempDir Path dir;

  @BeforeAll
  static void start(@TempDir Path tmp) throws IOException {
    Path binaries = Path.of(Optional.ofNullable(System.getenv(KubeAPIServerConfigBuilder.KUBE_API_TEST_DIR))
        .orElse(System.getProperty("user.home") + File.separator + KubeAPIServerConfigBuilder.DIRECTORY_NAME)).resolve("k8s");
    boolean present;
    try (Stream<Path> versions = Files.isDirectory(binaries) ? Files.list(binaries) : Stream.empty()) {
      present = versions.anyMatch(v -> Files.isExecutable(v.resolve("kube-apiserver")) && Files.isExecutable(v.resolve("etcd")));
    }
    if (!present) {
      skipped = "no kube-api-test binaries (kube-apiserver, etcd, kubectl) under " + binaries
          + ": install them there (or set KUBE_API_TEST_DIR) to run the plan/apply suite against a real API server";
      return;
    }
    server = new KubeAPIServer(KubeAPIServerConfigBuilder.anAPIServerConfig().withOfflineMode(true).withUpdateKubeConfig(false).build());
    server.start();
    kubeconfig = tmp.resolve("kubeconfig");
    Files.writeString(kubeconfig, server.getKubeConfigYaml());
  }

  @BeforeEach
  void needsTheBinaries() { Assumptions.assumeTrue(skipped == null, skipped); }

  @AfterAll
  static void stop() {
    if (server != null) server.stop();
  }

  private static ApplyOptions options(boolean prune) {
    ApplyOptions o = Fixtures.options(prune, Duration.ofSeconds(2));
    return new ApplyOptions(Optional.of(kubeconfig), o.secrets(), o.prune(), false, o.timeout(), o.build());
  }

  @Test
  void applyPlanChangeAndPruneWithRealServerSideApply() {
    KubernetesProvisioner provisioner = new KubernetesProvisioner();
    Deployment two = Fixtures.deployment(dir, agent("triage", "x/triage:1") + agent("billing", "x/billing:1"), "");
    assertEquals(Code.E0708, assertThrows(ApplyException.class, () -> provisioner.apply(two, options(false), line -> { })).diagnostic().code());
    assertEquals(List.of(), kinds(provisioner.plan(two, options(false)).changes()));

    Deployment changed = Fixtures.deployment(dir, agent("triage", "x/triage:2"), "");
    List<Change> plan = provisioner.plan(changed, options(true)).changes();
    assertEquals(List.of("~ Deployment shop/triage", "- NetworkPolicy shop/billing-egress", "- Deployment shop/billing", "- Service shop/billing",
        "- ServiceAccount shop/billing"), kinds(plan));
    assertEquals("spec.template.spec.containers[0].image", plan.get(0).fields().get(0).path());
  }
}
