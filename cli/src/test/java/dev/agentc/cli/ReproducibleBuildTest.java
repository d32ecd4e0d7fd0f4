package dev.agentc.cli;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.apply.SecretValues;
import dev.agentc.build.Build;
import dev.agentc.ir.Plan;
import dev.agentc.load.Module;
import dev.agentc.load.Project;
import dev.agentc.load.ProjectLoader;
import dev.agentc.target.BuildOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LANGUAGE.md §9 over every example and every target: same sources, same bytes; no secret value in any artefact. */
class ReproducibleBuildTest {
  private static final BuildOptions FIXED = new BuildOptions(Optional.empty(), Optional.empty(), Optional.of(1_700_000_000L), Map.of());

  private static List<Project> examples() { return ProjectLoader.discover(BuildCommandTest.EXAMPLES); }

  private static Build.Result build(List<Project> projects, BuildOptions options) {
    List<Compilation> cs = projects.stream().map(Compiler::check).toList();
    return Build.run(cs, Shipped.targets(), new Build.Request(Optional.empty(), Optional.empty(), options, true));
  }

  /** The same projects with their files discovered in another order: modules shuffled before checking. */
  private static List<Project> shuffled(List<Project> projects, long seed) {
    Random random = new Random(seed);
    List<Project> out = new ArrayList<>();
    for (Project p : projects) {
      List<Module> modules = new ArrayList<>(p.modules());
      Collections.shuffle(modules, random);
      out.add(new Project(p.root(), modules, p.diagnostics()));
    }
    return out;
  }

  @Test
  void shuffledDiscoveryGivesByteIdenticalArtefacts() {
    Build.Result first = build(examples(), FIXED);
    assertFalse(first.hasErrors(), () -> first.diagnostics().toString());
    assertTrue(first.units().size() >= 10, "every example deploy builds: " + first.units().size());
    for (long seed = 1; seed <= 3; seed++) {
      Build.Result again = build(shuffled(examples(), seed), FIXED);
      assertEquals(first.units().size(), again.units().size());
      for (int i = 0; i < first.units().size(); i++) {
        Build.Unit a = first.units().get(i);
        Build.Unit b = again.units().get(i);
        assertEquals(a.dir(), b.dir());
        assertEquals(a.files().keySet(), b.files().keySet(), a.dir());
        for (String f : a.files().keySet()) assertArrayEquals(a.files().get(f), b.files().get(f), a.dir() + "/" + f + " (seed " + seed + ")");
      }
    }
  }

  /**
   * Every secret of every example gets a known value through the apply-time channel
   * (`AGENTC_SECRET_<NAME>` in the environment); no artefact of any target may contain it.
   */
  @Test
  void noSecretValueReachesAnyArtefact() {
    List<Project> projects = examples();
    Map<String, String> env = new HashMap<>();
    List<String> canaries = new ArrayList<>();
    for (Project p : projects) {
      for (Plan plan : Compiler.check(p).plans()) {
        for (Plan.SecretRef s : plan.secrets()) {
          String value = "canary-" + s.key() + "-7f3a9c";
          env.put(SecretValues.envName(s.key()), value);
          canaries.add(value);
        }
      }
    }
    assertFalse(canaries.isEmpty(), "the examples declare secrets");
    Build.Result r = build(projects, new BuildOptions(Optional.empty(), Optional.empty(), Optional.of(1_700_000_000L), env));
    assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
    for (Build.Unit u : r.units()) {
      for (var f : u.files().entrySet()) {
        String text = new String(f.getValue(), StandardCharsets.UTF_8);
        for (String c : canaries) assertFalse(text.contains(c), u.dir() + "/" + f.getKey() + " contains a secret value");
      }
    }
  }
}
