package dev.agentc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Feature;
import dev.agentc.ir.Plan;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Output;
import dev.agentc.target.Support;
import dev.agentc.target.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build stage with a stand-in target whose feature table the test sets. */
class BuildTest {
  @TempDir Path project;

  /** A stand-in target: writes one file naming the plan's workloads; supports what {@code table} says. */
  private record FakeTarget(String name, Map<Feature, Support> table) implements Target {
    @Override
    public Support support(Feature feature) { return table.getOrDefault(feature, Support.MAPPED); }

    @Override
    public boolean requested(Plan plan) { return plan.settings().compose().isPresent(); }

    @Override
    public List<Diagnostic> check(Plan plan, BuildOptions options) { return List.of(); }

    @Override
    public Output emit(Plan plan, BuildOptions options) {
      String names = String.join(",", plan.workloads().stream().map(w -> w.name()).toList());
      return new Output(List.of(new Output.Artefact("out.txt", names.getBytes(StandardCharsets.UTF_8))), List.of(),
          List.of(new Output.ObjectCount("all", "workload", plan.workloads().size())));
    }
  }

  private List<Compilation> compile(String source) throws IOException {
    Files.writeString(project.resolve("agent.project"), "");
    Files.writeString(project.resolve("main.agent"), source);
    return Compiler.check(project);
  }

  private static final String SOURCE = """
      import std.region.{eu_west}
      agent a {
        image   = "a:1"
        regions = [eu_west]
        scale { replicas = 1..3 }
      }
      agent b { image = "b:1" }
      deploy prod {
        agents  = [a]
        compose {}
      }
      deploy dev {
        agents  = [b]
        compose {}
      }
      """;

  private static Build.Request request(Optional<String> deploy) {
    return new Build.Request(deploy, Optional.empty(), BuildOptions.DEFAULT, false);
  }

  @Test
  void anUnsupportedFeatureIsE0501AtTheTextThatAskedAndBuildsNothingForThatDeploy() throws IOException {
    Target t = new FakeTarget("fake", Map.of(Feature.REGIONS, new Support.Unsupported("drop the regions")));
    Build.Result r = Build.run(compile(SOURCE), List.of(t), request(Optional.empty()));
    Diagnostic d = r.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
    assertEquals(Code.E0501, d.code());
    assertEquals("the fake target cannot provide regions", d.message());
    assertEquals(4, d.span().line());
    assertEquals(Optional.of("drop the regions"), d.hint());
    assertEquals(List.of("dev"), r.units().stream().map(Build.Unit::deploy).toList());
  }

  @Test
  void aBestEffortFeatureIsW0501AndStillBuilds() throws IOException {
    Target t = new FakeTarget("fake", Map.of(Feature.AUTOSCALING, new Support.BestEffort("runs the minimum")));
    Build.Result r = Build.run(compile(SOURCE), List.of(t), request(Optional.of("prod")));
    assertEquals(List.of(Code.W0501), r.diagnostics().stream().map(Diagnostic::code).toList());
    assertEquals(5, r.diagnostics().get(0).span().line());
    Build.Unit u = r.units().get(0);
    assertEquals("prod/fake", u.dir());
    assertEquals("a", new String(u.files().get("out.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void deployAndTargetFiltersNarrowTheBuild() throws IOException {
    List<Target> targets = List.of(new FakeTarget("one", Map.of()), new FakeTarget("two", Map.of()));
    List<Compilation> cs = compile(SOURCE);
    assertEquals(4, Build.run(cs, targets, request(Optional.empty())).units().size());
    Build.Result r = Build.run(cs, targets, new Build.Request(Optional.of("dev"), Optional.of("two"), BuildOptions.DEFAULT, true));
    assertEquals(1, r.units().size());
    assertTrue(r.units().get(0).dir().endsWith("/dev/two"), r.units().get(0).dir());
  }
}
