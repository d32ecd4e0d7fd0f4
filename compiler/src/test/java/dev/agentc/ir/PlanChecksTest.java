package dev.agentc.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules of the plan stage that the per-code `.agent` cases do not show: inheritance, clashes across a plan. */
class PlanChecksTest {
  @TempDir Path project;

  private Compilation compile(String source) throws IOException {
    Files.writeString(project.resolve("agent.project"), "");
    Files.writeString(project.resolve("main.agent"), source);
    return Compiler.check(project).get(0);
  }

  private static List<Code> codes(Compilation c) { return c.diagnostics().stream().map(Diagnostic::code).toList(); }

  @Test
  void aSecretWhoseKeyMeetsAPostgresPasswordIsAClash() throws IOException {
    Compilation c = compile("""
        secret db_password
        store db { engine = postgres }
        agent a {
          image  = "a:1"
          stores = [db]
          env { DB_PASSWORD = db_password }
        }
        deploy prod {
          agents = [a]
          compose {}
        }
        """);
    assertEquals(List.of(Code.E0510), codes(c));
    assertTrue(c.diagnostics().get(0).message().contains("`db-password`"), c.diagnostics().get(0).message());
  }

  @Test
  void twoDeploysWithOneOutputFolderClash() throws IOException {
    Compilation c = compile("""
        agent a { image = "a:1" }
        deploy Dev {
          agents = [a]
          compose {}
        }
        deploy dev {
          agents = [a]
          compose {}
        }
        """);
    assertEquals(List.of(Code.E0313), codes(c));
  }

  @Test
  void aModelServerTakesTheTeeAndRegionsOfItsUsers() throws IOException {
    Compilation c = compile("""
        import std.gpu.{H100_80GB}
        import std.tee.{tdx}
        import std.region.{eu_west, eu_central}
        model llm {
          weights = "hf://org/llm"
          params  = 8B
          serve { gpu = 1 * H100_80GB }
        }
        agent a {
          image   = "a:1"
          model   = llm
          tee     = tdx
          regions = [eu_west]
        }
        agent b {
          image   = "b:1"
          model   = llm
          regions = [eu_central]
        }
        deploy prod {
          agents = [a, b]
          kubernetes {}
        }
        """);
    assertEquals(List.of(), codes(c));
    Workload server = c.plans().get(0).workload("llm-model").orElseThrow();
    assertEquals(Role.MODEL_SERVER, server.role());
    assertEquals("tdx", server.tee().orElseThrow().name());
    assertEquals(java.util.Optional.of("a"), server.tee().get().inheritedFrom());
    assertEquals(List.of("eu_central", "eu_west"), server.placement().regions().stream().map(Placement.Region::name).toList());
    assertEquals(List.of("a", "b"), server.placement().inheritedFrom());
  }
}
