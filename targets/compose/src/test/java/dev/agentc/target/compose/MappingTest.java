package dev.agentc.target.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.diag.Code;
import dev.agentc.target.Output;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping rules of TARGETS.md's Compose column, one small project each. */
class MappingTest {
  @TempDir Path dir;

  @Test
  void aModelServerReservesItsGpusByVendor() throws Exception {
    Map<String, Object> doc = Yaml.read(Pipeline.build(dir, "dev", """
        import std.gpu.{H100_80GB, MI300X}
        model big { weights = "hf://org/big"  serve { gpu = 2 * H100_80GB  cpu = 8  memory = 64Gi } }
        model amd { weights = "hf://org/amd"  serve { gpu = 1 * MI300X } }
        agent a { image = "a:1"  model = big }
        agent b { image = "b:1"  model = amd }
        deploy dev { agents = [a, b]  compose {} }
        """).yaml());
    assertEquals(List.of(Map.of("driver", "nvidia", "count", 2, "capabilities", List.of("gpu"))),
        Yaml.at(doc, "services", "big-model", "deploy", "resources", "reservations", "devices"));
    assertEquals(Map.of("cpus", "8", "memory", "64g"), Yaml.at(doc, "services", "big-model", "deploy", "resources", "limits"));
    assertEquals("amd", ((Map<?, ?>) ((List<?>) Yaml.at(doc, "services", "amd-model", "deploy", "resources", "reservations", "devices")).get(0)).get("driver"));
    assertEquals("10m", Yaml.at(doc, "services", "big-model", "healthcheck", "start_period"), "a model server gets time to load");
    assertNull(Yaml.at(doc, "services", "a", "deploy", "resources"), "no resources asked, none written");
    assertNull(Yaml.at(doc, "services", "big-model", "gpus"), "docker-compose 1.29 rejects `gpus:`");
  }

  @Test
  void dependentsWaitForHealthyPeersAndForStartedOnesWithoutAHealthcheck() throws Exception {
    Map<String, Object> doc = Yaml.read(Pipeline.build(dir, "dev", """
        store cache { engine = redis }
        agent plain { image = "p:1" }
        agent checked { image = "c:1"  health = "/health"  stores = [cache] }
        swarm crew { agents = [plain, checked]  router = round_robin }
        deploy dev { agents = [crew]  compose {} }
        """).yaml());
    assertEquals(Map.of("checked", Map.of("condition", "service_healthy"), "plain", Map.of("condition", "service_started")),
        Yaml.at(doc, "services", "crew", "depends_on"));
    assertEquals(Map.of("cache", Map.of("condition", "service_healthy")), Yaml.at(doc, "services", "checked", "depends_on"));
    assertEquals(List.of("CMD", "redis-cli", "ping"), Yaml.at(doc, "services", "cache", "healthcheck", "test"));
    assertEquals(List.of("cache-data:/data"), Yaml.at(doc, "services", "cache", "volumes"));
    assertTrue(((Map<?, ?>) Yaml.at(doc, "volumes")).containsKey("cache-data"));
    assertNull(Yaml.at(doc, "services", "plain", "healthcheck"));
  }

  @Test
  void aSecretIsAFileNamedByAFileVariableNeverAValue() throws Exception {
    String yaml = Pipeline.build(dir, "dev", """
        secret api_token
        tool crm { url = "https://crm.example.com"  auth = bearer(api_token) }
        agent a { image = "a:1"  tools = [crm]  env { TOKEN = api_token  MODE = "fast" } }
        deploy dev { agents = [a]  compose {} }
        """).yaml();
    Map<String, Object> doc = Yaml.read(yaml);
    Map<?, ?> env = (Map<?, ?>) Yaml.at(doc, "services", "a", "environment");
    assertEquals("/run/secrets/api-token", env.get("TOKEN_FILE"));
    assertEquals("/run/secrets/api-token", env.get("CRM_TOKEN_FILE"));
    assertFalse(env.containsKey("TOKEN"), "the variable holding the secret is renamed");
    assertEquals("fast", env.get("MODE"));
    assertEquals(List.of("api-token"), Yaml.at(doc, "services", "a", "secrets"));
    assertEquals(Map.of("api-token", Map.of("file", "./secrets/api-token")), Yaml.at(doc, "secrets"));
    assertTrue(yaml.contains("# Secrets are files beside this one, never written by agentc: ./secrets/api-token."));
  }

  @Test
  void peersAreReachedOnTheirContainerPortsAndOnlyExposedServicesPublish() throws Exception {
    Map<String, Object> doc = Yaml.read(Pipeline.build(dir, "dev", """
        model m { weights = "hf://org/m"  serve { engine = ollama } }
        agent front { image = "f:1"  port = 9000  model = m  expose { host = "front.example.com"  tls = false } }
        agent local { image = "l:1"  expose { host = "localhost" } }
        agent back { image = "b:1" }
        agent w { image = "w:1"  kind = worker }
        deploy dev { agents = [front, local, back, w]  compose {} }
        """).yaml());
    assertEquals("http://m-model:11434", Yaml.at(doc, "services", "front", "environment", "M_URL"));
    assertEquals(List.of("9000:9000"), Yaml.at(doc, "services", "front", "ports"));
    assertEquals(List.of("127.0.0.1:8000:8000"), Yaml.at(doc, "services", "local", "ports"));
    assertEquals(List.of("8000"), Yaml.at(doc, "services", "back", "expose"));
    assertNull(Yaml.at(doc, "services", "back", "ports"));
    assertNull(Yaml.at(doc, "services", "w", "expose"));
    assertNull(Yaml.at(doc, "services", "w", "ports"));
  }

  @Test
  void commandReplacesTheEntrypointAndArgsAreTheCommand() throws Exception {
    Map<String, Object> doc = Yaml.read(Pipeline.build(dir, "dev", """
        store q { engine = redis  persistence = aof }
        agent a { image = "a:1"  command = ["python", "-m", "a"]  stores = [q] }
        deploy dev { agents = [a]  compose {} }
        """).yaml());
    assertEquals(List.of("python", "-m", "a"), Yaml.at(doc, "services", "a", "entrypoint"));
    assertNull(Yaml.at(doc, "services", "a", "command"));
    assertEquals(List.of("--appendonly", "yes"), Yaml.at(doc, "services", "q", "command"));
  }

  @Test
  void everyBestEffortFeatureIsAWarningAndACommentInTheFile() throws Exception {
    Pipeline.Built built = Pipeline.build(dir, "dev", """
        import std.region.{us_east}
        tool crm { url = "https://crm.example.com" }
        agent a {
          image = "a:1"
          tools = [crm]
          scale { replicas = 2..5  on = [cpu(70%)] }
          regions = [us_east]
          spot { max_price = 0.5 USD/h }
          rollout { strategy = canary  steps = [10%] }
          rate_limit { requests = 100/min }
        }
        agent b { image = "b:1"  scale { replicas = 1..3  on = [rps(10)] } }
        policy locked { egress = tools_only }
        deploy dev { agents = [a, b]  policies = [locked]  compose {} }
        """);
    assertEquals(List.of(Code.W0501, Code.W0501, Code.W0501, Code.W0501, Code.W0501, Code.W0501, Code.W0501), built.codes());
    String yaml = built.yaml();
    for (String line : List.of(
        "#   a: autoscaling is not enforced: it runs its minimum, 2 replicas",
        "#   a: regions are not enforced: every service runs on this one host",
        "#   a: spot capacity is not used: it runs on this host",
        "#   a: canary and blue-green rollouts are not enforced: `up` replaces its containers all at once",
        "#   a: rate limiting is not enforced: no gateway stands in front of it",
        "#   a: egress restrictions are not enforced: it can reach any host",
        "#   b: event-driven scaling (rps, queue, cron) is not enforced: it runs 1 replica")) {
      assertTrue(yaml.contains(line + "\n"), () -> "missing `" + line + "` in\n" + yaml);
    }
    assertEquals(2, Yaml.at(Yaml.read(yaml), "services", "a", "deploy", "replicas"), "the minimum of the range");
  }

  @Test
  void aTeeIsACompileErrorAndNothingIsWritten() throws Exception {
    Pipeline.Built built = Pipeline.build(dir, "dev", """
        import std.tee.{sev_snp}
        agent a { image = "a:1"  tee = sev_snp }
        deploy dev { agents = [a]  compose {} }
        """);
    assertEquals(List.of(Code.E0501), built.codes());
    assertEquals("the compose target cannot provide a trusted execution environment", built.diagnostics().get(0).message());
    assertTrue(built.diagnostics().get(0).hint().orElseThrow().contains("override <agent> { tee = none }"));
    assertTrue(built.output().isEmpty());
  }

  @Test
  void valuesSurviveYaml11AndInterpolation() throws Exception {
    Map<String, Object> doc = Yaml.read(Pipeline.build(dir, "dev", """
        agent a {
          image = "a:1"
          command = ["yes", "on", "22:22", "0x1F", "1_000", "2024-01-02", "", "~", "a # b", "$HOME"]
          env { ON = "off"  N = "12" }
        }
        deploy dev { agents = [a]  compose {} }
        """).yaml());
    assertEquals(List.of("yes", "on", "22:22", "0x1F", "1_000", "2024-01-02", "", "~", "a # b", "$$HOME"), Yaml.at(doc, "services", "a", "entrypoint"));
    assertEquals(Map.of("ON", "off", "N", "12", "AGENTC_TIMEOUT", "60s"), Yaml.at(doc, "services", "a", "environment"));
  }

  @Test
  void theFileNamesItsProjectInAHeaderNotInATopLevelName() throws Exception {
    Pipeline.Built built = Pipeline.build(dir, "dev", """
        agent a { image = "a:1"  resources { cpu = 0.5  memory = 512Mi } }
        deploy dev { agents = [a]  compose { project = "shop" } }
        """);
    String yaml = built.yaml();
    assertTrue(yaml.startsWith("# compose.yaml of deploy `dev` (module main), written by agentc:\n"));
    assertTrue(yaml.contains("# Compose project `shop`: run `docker-compose -p shop up -d` in this folder\n"));
    Map<String, Object> doc = Yaml.read(yaml);
    assertFalse(doc.containsKey("name"));
    assertEquals(List.of("x-agentc", "services"), List.copyOf(doc.keySet()));
    assertEquals(Map.of("deploy", "dev", "module", "main", "project", "shop"), doc.get("x-agentc"));
    assertEquals(Map.of("cpus", "0.5", "memory", "512m"), Yaml.at(doc, "services", "a", "deploy", "resources", "limits"));
    Map<?, ?> labels = (Map<?, ?>) Yaml.at(doc, "services", "a", "labels");
    assertEquals("agentc", labels.get("app.kubernetes.io/managed-by"));
    assertEquals("a", labels.get("app.kubernetes.io/name"));
    assertEquals("dev", labels.get("app.kubernetes.io/part-of"));
    assertEquals("main", labels.get("team"));
    assertEquals(List.of(new Output.ObjectCount("compose", "service", 1)), built.output().orElseThrow().summary());
    assertEquals("compose.yaml", built.output().orElseThrow().files().get(0).path());
  }

  @Test
  void withoutAProjectSettingTheProjectIsTheDeploy() throws Exception {
    String yaml = Pipeline.build(dir, "local_dev", """
        agent a { image = "a:1" }
        deploy local_dev { agents = [a]  compose {} }
        """).yaml();
    assertTrue(yaml.contains("run `docker-compose -p local-dev up -d`"), yaml);
  }

  @Test
  void theSummaryCountsServicesVolumesAndSecrets() throws Exception {
    Pipeline.Built built = Pipeline.build(dir, "dev", """
        secret k
        store s { engine = postgres }
        agent a { image = "a:1"  stores = [s]  env { K = k } }
        deploy dev { agents = [a]  compose {} }
        """);
    assertEquals(List.of(new Output.ObjectCount("compose", "service", 2), new Output.ObjectCount("compose", "volume", 1),
        new Output.ObjectCount("compose", "secret", 2)), built.output().orElseThrow().summary());
    assertEquals("/run/secrets/s-password", Yaml.at(Yaml.read(built.yaml()), "services", "s", "environment", "POSTGRES_PASSWORD_FILE"));
  }
}
