package dev.agentc.target.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Workload;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per diagnostic code the compose target gives, each asserting the code by name. */
class DiagnosticsTest {
  @TempDir Path dir;

  @Test
  void e0501ForATee() throws Exception {
    Pipeline.Built built = Pipeline.build(dir, "dev", """
        import std.tee.{tdx}
        agent a { image = "a:1"  tee = tdx }
        deploy dev { agents = [a]  compose {} }
        """);
    Diagnostic d = built.only(Code.E0501);
    assertEquals(2, d.span().line());
    assertTrue(built.output().isEmpty());
  }

  @Test
  void w0501ForABestEffortFeature() throws Exception {
    Pipeline.Built built = Pipeline.build(dir, "dev", """
        agent a { image = "a:1"  rate_limit { requests = 10/s } }
        deploy dev { agents = [a]  compose {} }
        """);
    assertEquals("the compose target does not enforce rate limiting", built.only(Code.W0501).message());
    assertTrue(built.output().isPresent(), "a warning does not stop the build");
  }

  @Test
  void w0501ForAReplicatedStore() throws Exception {
    Pipeline.Built built = Pipeline.build(dir, "dev", """
        store q { engine = rabbitmq  replicas = 3 }
        agent a { image = "a:1"  stores = [q] }
        deploy dev { agents = [a]  compose {} }
        """);
    Diagnostic d = built.only(Code.W0501);
    assertEquals("the compose target does not enforce 3 replicas of the store `q`", d.message());
    assertEquals(1, d.span().line());
    assertEquals(1, Yaml.at(Yaml.read(built.yaml()), "services", "q", "deploy", "replicas"));
    assertTrue(built.yaml().contains("#   q: it runs 1 of its 3 replicas: replicas would share its one volume\n"));
  }

  @Test
  void e0510WhenASecretVariableMeetsAVariableOfTheSameName() throws Exception {
    Pipeline.Built built = Pipeline.build(dir, "dev", """
        secret token
        agent a {
          image = "a:1"
          env {
            TOKEN      = token
            TOKEN_FILE = "/etc/token"
          }
        }
        deploy dev { agents = [a]  compose {} }
        """);
    Diagnostic d = built.only(Code.E0510);
    assertEquals("the service `a` would get the variable `TOKEN_FILE` twice: from the secret in `TOKEN` and from `TOKEN_FILE`", d.message());
    assertEquals(6, d.span().line());
    assertEquals(5, d.labels().get(0).span().line());
    assertTrue(built.output().isEmpty(), "nothing is written");
  }

  @Test
  void e0510WhenTwoServicesPublishOneHostPort() throws Exception {
    Pipeline.Built built = Pipeline.build(dir, "dev", """
        agent a { image = "a:1"  expose { host = "a.example.com" } }
        agent b { image = "b:1"  expose { host = "b.example.com" } }
        deploy dev { agents = [a, b]  compose {} }
        """);
    Diagnostic d = built.only(Code.E0510);
    assertEquals("`a` and `b` would both publish port 8000 on the host", d.message());
    assertEquals(2, d.span().line());
    assertTrue(d.hint().orElseThrow().contains("override"));
  }

  @Test
  void e0510WhenTwoDeclarationsWouldBeOneServiceVolumeOrSecret(@TempDir Path other) throws Exception {
    // The IR keeps these names unique; a plan built by hand shows the target does not rely on it.
    Plan plan = Pipeline.plan(other, "dev", """
        secret k
        store s { engine = redis }
        agent a { image = "a:1"  stores = [s]  env { K = k } }
        deploy dev { agents = [a]  compose {} }
        """);
    Workload s = plan.workload("s").orElseThrow();
    Workload twin = new Workload(s.name(), "main.s_twin", s.role(), plan.workload("a").orElseThrow().span(), s.container(), s.resources(),
        s.placement(), s.tee(), s.scaling(), s.rollout(), s.expose(), s.rateLimit(), s.egress(), s.storage(), s.session(), s.budget(), s.served());
    Plan.SecretRef k = plan.secrets().get(0);
    Plan clash = new Plan(plan.name(), plan.dnsName(), plan.team(), plan.span(), List.of(plan.workloads().get(0), s, twin), plan.swarms(),
        List.of(k, new Plan.SecretRef(k.key(), "main.k_twin", plan.span())), plan.settings(), plan.maxMonthly(), plan.prices());
    List<Diagnostic> found = Pipeline.build(clash).diagnostics();
    assertEquals(List.of(Code.E0510, Code.E0510, Code.E0510), found.stream().map(Diagnostic::code).toList());
    assertEquals(List.of("`main.s` and `main.s_twin` would both be the Compose service `s`",
        "`main.s` and `main.s_twin` would both keep their data in the volume `s-data`",
        "`main.k` and `main.k_twin` would both be the Compose secret `k` (file ./secrets/k)"), found.stream().map(Diagnostic::message).toList());
    assertEquals(1, found.get(0).labels().size(), "the other declaration is labelled");
  }

  @Test
  void e0509WhenSeveralReplicasWouldPublishOnePort() throws Exception {
    Pipeline.Built built = Pipeline.build(dir, "dev", """
        agent a {
          image = "a:1"
          scale { replicas = 2 }
          expose { host = "a.example.com" }
        }
        deploy dev { agents = [a]  compose {} }
        """);
    Diagnostic d = built.only(Code.E0509);
    assertEquals("`a` runs 2 replicas on one host, and only one of them can publish port 8000", d.message());
    assertEquals(3, d.span().line());
    assertEquals("run one replica in this deploy: `override a { scale = none }`", d.hint().orElseThrow());
  }

  @Test
  void e0313ForAProjectNameComposeRefuses() throws Exception {
    Pipeline.Built built = Pipeline.build(dir, "dev", """
        agent a { image = "a:1" }
        deploy dev {
          agents = [a]
          compose { project = "Acme Shop!" }
        }
        """);
    Diagnostic d = built.only(Code.E0313);
    assertTrue(d.message().startsWith("`Acme Shop!` cannot be used as a name"), d.message());
    assertEquals(4, d.span().line());
    assertEquals("try `project = \"acme-shop\"`", d.hint().orElseThrow());
    assertFalse(built.output().isPresent());
  }
}
