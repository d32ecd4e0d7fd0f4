package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Severity;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every diagnostic the target reports: its code, where it points, and that the hint names the way out. */
class DiagnosticsTest {
  /** The one diagnostic of a deploy `d` of agent `a`; {@code at} starts the text it must point at (a block points at its brace). */
  private static Diagnostic only(Path dir, String declarations, String kubernetes, Code code, String at) {
    Plan plan = Projects.plan(dir, declarations, "a", kubernetes);
    List<Diagnostic> found = Projects.check(plan);
    assertEquals(1, found.size(), () -> "one diagnostic: " + found);
    Diagnostic d = found.get(0);
    assertEquals(code, d.code());
    String source = Projects.PRELUDE + declarations;
    int line = d.span().line() - 1;
    String text = source.lines().toList().get(line).substring(d.span().column() - 1);
    assertTrue(text.startsWith(at), () -> "points at `" + at + "`, not at `" + text + "`");
    assertTrue(d.hint().isPresent(), "has a hint");
    return d;
  }

  @Test
  void aGpuTheCloudHasNoLabelForIsE0509(@TempDir Path dir) {
    Diagnostic d = only(dir, "agent a { image = \"x:1\"  resources { gpu = 1 * A10G } }", "cloud = gke", Code.E0509, "1 * A10G");
    assertEquals("`A10G` is not offered on gke", d.message());
    assertTrue(d.hint().orElseThrow().contains("labels { gke = … }"));
  }

  @Test
  void aRegionTheCloudHasNoNameForIsE0507(@TempDir Path dir) {
    Diagnostic d = only(dir, "agent a { image = \"x:1\"  regions = [us_central] }", "cloud = eks", Code.E0507, "us_central");
    assertTrue(d.message().contains("aws"), d.message());
  }

  @Test
  void aTeeTheCloudDoesNotOfferIsE0505(@TempDir Path dir) {
    Diagnostic d = only(dir, "agent a { image = \"x:1\"  tee = sev }", "cloud = eks", Code.E0505, "sev");
    assertTrue(d.hint().orElseThrow().contains("gke"), "names the clouds that can: " + d.hint());
  }

  @Test
  void aTeeThatCannotHostAGpuOnTheCloudIsE0505(@TempDir Path dir) {
    Diagnostic d = only(dir, "agent a { image = \"x:1\"  tee = sev_snp  resources { gpu = 1 * H100_80GB } }", "cloud = gke", Code.E0505, "sev_snp");
    assertTrue(d.hint().orElseThrow().contains("generic"), "names the clouds that can: " + d.hint());
  }

  /** The schema gives `prometheus` a default; a plan without one (the IR allows it) must still not reach emit. */
  @Test
  void rpsWithoutPrometheusIsE0511(@TempDir Path dir) {
    Plan plan = Projects.plan(dir, "agent a { image = \"x:1\"  scale { replicas = 1..3  on = [rps(10)] } }", "a", "");
    Settings.Kubernetes k = plan.settings().kubernetes().orElseThrow();
    Settings.Kubernetes none = new Settings.Kubernetes(k.namespace(), k.cloud(), k.network(), k.gateway(), k.rollouts(), Optional.empty(), k.clusters(),
        k.span());
    Plan withoutPrometheus = new Plan(plan.name(), plan.dnsName(), plan.team(), plan.span(), plan.workloads(), plan.swarms(), plan.secrets(),
        new Settings(Optional.of(none), plan.settings().compose(), plan.settings().aleph(), plan.settings().pulumi()), plan.maxMonthly(), plan.prices());
    List<Diagnostic> found = Projects.check(withoutPrometheus);
    assertEquals(List.of(Code.E0511), found.stream().map(Diagnostic::code).toList());
    assertEquals(plan.workloads().get(0).scaling().triggers().get(0).span(), found.get(0).span());
    assertEquals("set `kubernetes { prometheus = \"http://…\" }`", found.get(0).hint().orElseThrow());
  }

  @Test
  void exposeWithoutAGatewayIsE0511(@TempDir Path dir) {
    only(dir, "agent a { image = \"x:1\"  expose { host = \"a.example.com\" } }", "", Code.E0511, "{ host");
  }

  @Test
  void aCanaryWithoutArgoIsE0511(@TempDir Path dir) {
    Diagnostic d = only(dir, "agent a { image = \"x:1\"  rollout { strategy = canary } }", "rollouts = none", Code.E0511, "{ strategy = canary");
    assertTrue(d.hint().orElseThrow().contains("rollouts = argo") && d.hint().orElseThrow().contains("rolling"));
  }

  /** Only gateway traffic is limited: an unexposed agent's rate limit is a warning, and the file says so. */
  @Test
  void aRateLimitWithoutARouteIsAW0501Warning(@TempDir Path dir) {
    Diagnostic d = only(dir, "agent a { image = \"x:1\"  rate_limit { requests = 10/s } }", "", Code.W0501, "{ requests");
    assertEquals(Severity.WARNING, d.severity());
    assertTrue(d.message().contains("not exposed"), d.message());
  }

  @Test
  void aQueueKedaCannotReadIsE0509(@TempDir Path dir) {
    only(dir, "store s { engine = postgres }\nagent a { image = \"x:1\"  stores = [s]  scale { replicas = 1..3  on = [queue(s, \"q\", 5)] } }", "",
        Code.E0509, "queue(");
  }

  @Test
  void aCronWithoutWrittenHoursIsE0509(@TempDir Path dir) {
    only(dir, "agent a { image = \"x:1\"  scale { replicas = 1..3  on = [cron(\"*/5 * * * *\", 2)] } }", "", Code.E0509, "cron(");
  }

  @Test
  void scalingFromZeroOnCpuIsE0509(@TempDir Path dir) {
    only(dir, "agent a { image = \"x:1\"  scale { replicas = 0..3  on = [cpu(50%)] } }", "", Code.E0509, "0..3");
  }

  @Test
  void aBlueGreenWorkerIsE0509(@TempDir Path dir) {
    only(dir, "agent a { image = \"x:1\"  kind = worker  rollout { strategy = blue_green } }", "", Code.E0509, "{ strategy = blue_green");
  }

  @Test
  void aBurstIsNotEnforcedW0501(@TempDir Path dir) {
    Diagnostic d = only(dir, "agent a { image = \"x:1\"  rate_limit { requests = 10/s  burst = 5 }  expose { host = \"a.example.com\" } }",
        "gateway = \"gw\"", Code.W0501, "{ requests");
    assertEquals(Severity.WARNING, d.severity());
  }

  @Test
  void aModelServersInheritedTeeIsReportedOnce(@TempDir Path dir) {
    Plan plan = Projects.plan(dir, """
        model m {
          weights = "hf://org/m"
          params  = 7B
          serve { gpu = 1 * H100_80GB }
        }
        agent a { image = "x:1"  model = m  tee = sev_snp }
        """, "a", "cloud = eks");
    assertEquals(List.of(Code.E0505), Projects.check(plan).stream().map(Diagnostic::code).toList());
  }
}
