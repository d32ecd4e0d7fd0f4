package dev.agentc.target.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.apply.ApplyException;
import dev.agentc.apply.ApplyOptions;
import dev.agentc.apply.Commands;
import dev.agentc.apply.Deployment;
import dev.agentc.apply.SecretValues;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.target.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `agentc apply` for Compose: the command line it runs, the secret files it writes, and each way a host can lack what it needs. */
class ApplyTest {
  @TempDir Path dir;

  private Deployment deployment() throws IOException {
    Files.createDirectories(dir.resolve("p"));
    Plan plan = Pipeline.plan(dir.resolve("p"), "shop", """
        module t
        secret api_key
        agent triage {
          image = "x/triage:1"
          env { KEY = api_key }
        }
        deploy shop {
          agents = [triage]
          compose { }
        }
        """);
    var files = new TreeMap<String, byte[]>();
    new ComposeTarget().emit(plan, BuildOptions.DEFAULT).files().forEach(a -> files.put(a.path(), a.bytes()));
    Path out = dir.resolve("out/shop/compose");
    Files.createDirectories(out);
    return new Deployment(plan, "compose", files, out, dir.resolve("p/.agentc/state"));
  }

  private static ApplyOptions options(boolean prune) {
    return new ApplyOptions(Optional.empty(), SecretValues.load(Optional.empty(), Map.of("AGENTC_SECRET_API_KEY", "hunter2")), prune, false,
        Duration.ofMinutes(5), BuildOptions.DEFAULT);
  }

  /** A host whose tools answer as {@code answers} says (empty: not installed); records every command line. */
  private static Commands host(List<List<String>> seen, Function<List<String>, Optional<Commands.Result>> answers) {
    return (command, where, timeout, progress) -> {
      seen.add(command);
      return answers.apply(command);
    };
  }

  private static Optional<Commands.Result> ok() { return Optional.of(new Commands.Result(0, "")); }

  @Test
  void upRunsDockerComposeWithTheProjectAndWaitsAfterWritingTheSecretFiles() throws IOException {
    List<List<String>> seen = new ArrayList<>();
    Deployment d = deployment();
    new ComposeProvisioner(host(seen, c -> ok()), Map.of()).apply(d, options(true), line -> { });
    assertEquals(List.of("docker", "compose", "-p", "shop", "-f", "compose.yaml", "up", "-d", "--wait", "--wait-timeout", "300", "--remove-orphans"),
        seen.get(seen.size() - 1));
    Path secret = d.outDir().resolve("secrets/api-key");
    assertEquals("hunter2", Files.readString(secret));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
  }

  @Test
  void composeV1IsUsedWhenThePluginIsMissing() throws IOException {
    List<List<String>> seen = new ArrayList<>();
    new ComposeProvisioner(host(seen, c -> c.get(0).equals("docker") ? Optional.empty() : ok()), Map.of("DOCKER_HOST", "tcp://engine:2375"))
        .apply(deployment(), options(false), line -> { });
    assertEquals(List.of("docker-compose", "-p", "shop", "-f", "compose.yaml", "up", "-d"), seen.get(seen.size() - 1));
  }

  @Test
  void noComposeInstalledIsE0715() throws IOException {
    Deployment d = deployment();
    Diagnostic e = assertThrows(ApplyException.class,
        () -> new ComposeProvisioner(host(new ArrayList<>(), c -> Optional.empty()), Map.of()).plan(d, options(false))).diagnostic();
    assertEquals(Code.E0715, e.code());
    assertTrue(e.message().contains("neither `docker compose` nor `docker-compose` is installed"), e.message());
  }

  @Test
  void anEngineThatDoesNotAnswerIsE0715NamingWhy() throws IOException {
    Deployment d = deployment();
    String down = "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?";
    var commands = host(new ArrayList<>(), c -> c.get(1).equals("info") ? Optional.of(new Commands.Result(1, down)) : ok());
    Diagnostic e = assertThrows(ApplyException.class, () -> new ComposeProvisioner(commands, Map.of()).plan(d, options(false))).diagnostic();
    assertEquals(Code.E0715, e.code());
    assertTrue(e.message().contains(down), e.message());
  }

  @Test
  void aFailingUpIsE0717WithItsOutput() throws IOException {
    Deployment d = deployment();
    var commands = host(new ArrayList<>(), c -> c.contains("up") ? Optional.of(new Commands.Result(1, "pull access denied for x/triage")) : ok());
    Diagnostic e = assertThrows(ApplyException.class, () -> new ComposeProvisioner(commands, Map.of()).apply(d, options(false), line -> { }))
        .diagnostic();
    assertEquals(Code.E0717, e.code());
    assertTrue(e.message().contains("pull access denied"), e.message());
  }

  @Test
  void onThisHostWithoutAnEngineThePlanSaysSo() throws IOException {
    Assumptions.assumeFalse(Files.exists(Path.of("/var/run/docker.sock")) || System.getenv("DOCKER_HOST") != null,
        "a Docker engine is reachable here, so there is no missing engine to report");
    Diagnostic e = assertThrows(ApplyException.class, () -> new ComposeProvisioner().plan(deployment(), options(false))).diagnostic();
    assertEquals(Code.E0715, e.code());
  }
}
