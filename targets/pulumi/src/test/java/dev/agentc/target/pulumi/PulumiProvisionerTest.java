package dev.agentc.target.pulumi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.apply.ApplyException;
import dev.agentc.apply.ApplyOptions;
import dev.agentc.apply.Commands;
import dev.agentc.apply.Deployment;
import dev.agentc.apply.SecretValues;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.target.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `pulumi up` on the generated project: the command lines, and a clear error without the CLI. */
class PulumiProvisionerTest {
  @TempDir Path dir;

  private Deployment deployment() throws IOException {
    Files.writeString(dir.resolve("agent.project"), "");
    Files.writeString(dir.resolve("main.agent"), """
        module t
        agent triage { image = "x/triage:1" }
        deploy shop {
          agents = [triage]
          pulumi { stack = "prod" }
        }
        """);
    Compilation c = Compiler.check(dir).get(0);
    assertTrue(!c.hasErrors(), c.diagnostics().toString());
    return new Deployment(c.plans().get(0), "pulumi", new TreeMap<>(), dir.resolve("out/shop/pulumi"), dir.resolve(".agentc/state"));
  }

  private static final ApplyOptions OPTIONS = new ApplyOptions(Optional.empty(), SecretValues.NONE, false, false, Duration.ofMinutes(5),
      BuildOptions.DEFAULT);

  @Test
  void upSelectsOrCreatesTheStackThenRunsPulumiUpOnTheProject() throws IOException {
    List<List<String>> seen = new ArrayList<>();
    Commands ok = (command, where, timeout, progress) -> {
      seen.add(command);
      return Optional.of(new Commands.Result(0, ""));
    };
    Deployment d = deployment();
    new PulumiProvisioner(ok).apply(d, OPTIONS, line -> { });
    String project = d.outDir().toString();
    assertEquals(List.of(List.of("pulumi", "version"), List.of("pulumi", "stack", "select", "--create", "prod", "--non-interactive", "--cwd", project),
        List.of("pulumi", "up", "--yes", "--skip-preview", "--non-interactive", "--stack", "prod", "--cwd", project)), seen);
  }

  @Test
  void withoutThePulumiCliThePlanIsE0716() throws IOException {
    Deployment d = deployment();
    Diagnostic e = assertThrows(ApplyException.class,
        () -> new PulumiProvisioner((command, where, timeout, progress) -> Optional.empty()).plan(d, OPTIONS)).diagnostic();
    assertEquals(Code.E0716, e.code());
    assertTrue(e.message().contains("the `pulumi` CLI is not installed"), e.message());
  }

  @Test
  void aFailingUpIsE0717() throws IOException {
    Deployment d = deployment();
    Commands failing = (command, where, timeout, progress) -> Optional.of(new Commands.Result(command.contains("up") ? 255 : 0, "error: no credentials"));
    Diagnostic e = assertThrows(ApplyException.class, () -> new PulumiProvisioner(failing).apply(d, OPTIONS, line -> { })).diagnostic();
    assertEquals(Code.E0717, e.code());
    assertTrue(e.message().contains("no credentials"), e.message());
  }
}
