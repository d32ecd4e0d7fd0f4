package dev.agentc.target.pulumi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.ir.Plan;
import dev.agentc.target.Output;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java names made from agentc's names: valid and deterministic, so the generated program always compiles. */
class JavaNamesTest {
  @Test
  void packagePartsThatAreKeywordsOrStartWithADigitFollowJls61() {
    assertEquals("acme.support.prod", JavaNames.toPackage("acme.support.prod"));
    assertEquals("t.int_.class_", JavaNames.toPackage("t.int.class"));
    assertEquals("com.acme._2fast", JavaNames.toPackage("com.acme.2fast"));
    assertEquals("acme.my_team.prod", JavaNames.toPackage("Acme.my-team.Prod"));
    assertTrue(JavaNames.isPackage(JavaNames.toPackage("a..b.2.for")));
    assertFalse(JavaNames.isPackage("com.acme.2fast"));
  }

  @Test
  void classNamesAreUpperCamelOfTheLetterAndDigitRuns() {
    assertEquals("ProdUse1", JavaNames.upperCamel("prod-use1"));
    assertEquals("GkeProjUsCentral1C1", JavaNames.upperCamel("gke_proj_us-central1_c1"));
  }

  /** A deploy named after a Java keyword, in a module with one too, without a `package` setting: sanitized, and the program compiles. */
  @Test
  void aDeployWhoseDefaultPackageWouldBeInvalidStillCompiles(@TempDir Path dir) throws Exception {
    Plan plan = Projects.plan(dir.resolve("project"), "public", """
        module acme.native
        secret api_key
        agent a {
          image = "ghcr.io/acme/a:1.0"
          env { API_KEY = api_key }
        }
        deploy public {
          agents = [a]
          kubernetes { }
          pulumi { }
        }
        """);
    assertTrue(Projects.check(plan).isEmpty(), () -> "no diagnostics: " + Projects.check(plan));
    Output out = Projects.emit(plan);
    Map<String, String> sources = new TreeMap<>();
    for (Output.Artefact a : out.files()) {
      if (a.path().startsWith("src/main/java/")) sources.put(a.path().substring("src/main/java/".length()), new String(a.bytes(), StandardCharsets.UTF_8));
    }
    assertTrue(sources.containsKey("acme/native_/public_/App.java"), () -> "sources: " + sources.keySet());
    Path classes = Files.createDirectories(dir.resolve("classes"));
    assertEquals("", InMemoryJavac.compile(sources, classes));
  }
}
