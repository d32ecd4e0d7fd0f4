package dev.agentc.target.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's docker-compose 1.29 and the current compose-spec schema accept every golden compose
 * file, and a file made to be awkward: AMD and NVIDIA GPUs, a postgres password, `$` in values,
 * YAML 1.1 booleans and sexagesimal-looking strings, an exec probe, a swarm router.
 */
class OutsideValidationTest {
  static final String AWKWARD = """
      import std.gpu.{MI300X, L4}
      secret token
      model local {
        weights = "hf://org/m"
        serve { engine = tgi  gpu = 2 * MI300X  replicas = 1 }
      }
      model small {
        weights = "hf://org/s"
        serve { engine = ollama  gpu = 1 * L4 }
      }
      store db { engine = postgres  size = 1GB }
      store vectors { engine = weaviate }
      agent a {
        image   = "ghcr.io/acme/a:1.0"
        command = ["run", "--flag=$HOME", "yes", "22:22", "0x1F", "1e3", "on"]
        port    = 22
        health  = "/it's"
        model   = local
        stores  = [db, vectors]
        env { NO = "no"  PRICE = "costs $5 a month"  EMPTY = ""  TOKEN = token }
        resources { cpu = 0.25  memory = 1GB }
        expose { host = "a.example.com" }
      }
      agent b {
        image = "ghcr.io/acme/b:1.0"
        model = small
        resources { memory = 1536Ki }
      }
      swarm crew {
        agents = [b]
        router = round_robin
        expose { host = "localhost"  tls = false }
      }
      agent w {
        image   = "ghcr.io/acme/w:1.0"
        kind    = worker
        stores  = [db]
      }
      deploy dev {
        agents = [a, crew, w]
        compose { project = "awkward_1" }
      }
      """;

  @Test
  void dockerComposeAcceptsEveryGoldenFile(@TempDir Path tmp) throws Exception {
    List<Path> files = GoldenTest.composeFiles();
    assertFalse(files.isEmpty(), "no golden compose files");
    int i = 0;
    for (Path f : files) Validators.dockerCompose(f, Files.createDirectory(tmp.resolve("c" + i++)));
  }

  @Test
  void theComposeSpecSchemaAcceptsEveryGoldenFile() throws Exception {
    List<Path> files = GoldenTest.composeFiles();
    assertFalse(files.isEmpty(), "no golden compose files");
    Validators.schema(files);
  }

  @Test
  void bothAcceptAnAwkwardFile(@TempDir Path tmp) throws Exception {
    Path project = Files.createDirectory(tmp.resolve("project"));
    Path file = tmp.resolve(ComposeFile.PATH);
    Files.writeString(file, Pipeline.build(project, "dev", AWKWARD).yaml());
    Validators.dockerCompose(file, Files.createDirectory(tmp.resolve("dc")));
    Validators.schema(new ArrayList<>(List.of(file)));
  }
}
