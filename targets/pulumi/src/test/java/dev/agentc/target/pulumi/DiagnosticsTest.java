package dev.agentc.target.pulumi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every diagnostic the target reports of its own: its code, that it points at the `pulumi` block, and that the hint names the way out. */
class DiagnosticsTest {
  private static final String AGENT = "module t\nagent a { image = \"ghcr.io/acme/a:1.0\" }\n";

  /** The one diagnostic of deploy `d` with these target blocks. */
  private static Diagnostic only(Path dir, String blocks, Code code) {
    String source = AGENT + "deploy d {\n  agents = [a]\n  " + blocks + "\n}\n";
    Plan plan = Projects.plan(dir, "d", source);
    List<Diagnostic> found = Projects.check(plan);
    assertEquals(1, found.size(), () -> "one diagnostic: " + found);
    Diagnostic d = found.get(0);
    assertEquals(code, d.code());
    String line = source.lines().toList().get(d.span().line() - 1).substring(d.span().column() - 1);
    assertTrue(line.startsWith("{"), () -> "points at the `pulumi` block, not at `" + line + "`");
    assertTrue(d.hint().isPresent(), "has a hint");
    return d;
  }

  @Test
  void aPulumiBlockWithoutKubernetesSettingsIsE0520(@TempDir Path dir) {
    Diagnostic d = only(dir, "pulumi { stack = \"dev\" }", Code.E0520);
    assertTrue(d.hint().orElseThrow().contains("kubernetes { }"), d.hint().orElseThrow());
  }

  @Test
  void aPackageThatIsNotAJavaPackageNameIsE0521(@TempDir Path dir) {
    Diagnostic d = only(dir, "kubernetes { }\n  pulumi { package = \"com.acme.2fast.class\" }", Code.E0521);
    assertEquals("`com.acme.2fast.class` is not a valid Java package name", d.message());
    assertTrue(d.hint().orElseThrow().contains("com.acme._2fast.class_"), d.hint().orElseThrow());
  }

  @Test
  void aStackNamePulumiRejectsIsE0522(@TempDir Path dir) {
    Diagnostic d = only(dir, "kubernetes { }\n  pulumi { stack = \"prod eu\" }", Code.E0522);
    assertEquals("the Pulumi stack `prod eu` is not a valid name", d.message());
    assertTrue(d.hint().orElseThrow().contains("prod-eu"), d.hint().orElseThrow());
  }
}
