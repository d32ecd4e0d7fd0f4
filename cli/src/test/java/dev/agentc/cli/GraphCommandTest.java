package dev.agentc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agentc graph}: the compiler's Mermaid and DOT goldens on stdout, SVG through `dot`, and its errors. */
class GraphCommandTest {
  private static final Path GOLDEN = Path.of("../compiler/src/test/resources/dev/agentc/graph");

  private static MainTest.Run graph(Map<String, String> env, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "graph";
    System.arraycopy(args, 0, all, 1, args.length);
    return MainTest.run(BuildCommandTest.EXAMPLES, env, false, all);
  }

  @Test
  void printsMermaidByDefaultAndDotOnRequest() throws IOException {
    MainTest.Run mermaid = graph(Map.of(), "customer-service", "--deploy", "prod");
    assertEquals(0, mermaid.code(), mermaid.err());
    assertEquals(Files.readString(GOLDEN.resolve("customer-service/prod.mmd")), mermaid.out());
    MainTest.Run dot = graph(Map.of(), "onprem-compose", "--format", "dot");
    assertEquals(0, dot.code(), dot.err());
    assertEquals(Files.readString(GOLDEN.resolve("onprem-compose/onprem.dot")), dot.out());
  }

  @Test
  void severalDeploysNeedDeployAndAnUnknownOneIsNamed() {
    MainTest.Run several = graph(Map.of(), "customer-service");
    assertEquals(Exit.USAGE, several.code());
    assertEquals("error: `customer-service` has several deploys: choose one with --deploy NAME; its deploys are `community`, `dev`, `eu`, `prod`\n",
        several.err());
    MainTest.Run unknown = graph(Map.of(), "customer-service", "--deploy", "staging");
    assertEquals(Exit.USAGE, unknown.code());
    assertTrue(unknown.err().startsWith("error: no deploy named `staging` at `customer-service`; its deploys are `community`"), unknown.err());
    MainTest.Run twoProjects = graph(Map.of(), ".", "--deploy", "prod");
    assertEquals(Exit.USAGE, twoProjects.code());
    assertEquals("error: several projects at `.` have a deploy named `prod`: give the path of one project\n", twoProjects.err());
  }

  @Test
  void aProjectWithErrorsGetsItsDiagnosticsInstead() {
    MainTest.Run r = MainTest.run(MainTest.PROJECTS, Map.of(), false, "graph", "errors");
    assertEquals(Exit.ERRORS, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().contains("error: could not check `errors`"), r.err());
  }

  @Test
  void svgWithoutDotNamesTheGraphvizPackage(@TempDir Path emptyBin) {
    MainTest.Run r = graph(Map.of("PATH", emptyBin.toString()), "onprem-compose", "--format", "svg");
    assertEquals(Exit.USAGE, r.code());
    assertEquals("", r.out());
    assertEquals("error: `--format svg` needs Graphviz's `dot` command, and there is no `dot` on PATH\n"
        + "help: install Graphviz (Debian and Ubuntu: `apt-get install graphviz`), or print DOT with `--format dot` and render it elsewhere\n", r.err());
  }

  @Test
  void svgComesFromDotWhenInstalled() throws Exception {
    Map<String, String> env = Map.of("PATH", System.getenv().getOrDefault("PATH", ""));
    Assumptions.assumeTrue(Graphviz.find(env).isPresent(), "Graphviz `dot` is not installed (apt-get install graphviz)");
    MainTest.Run r = graph(env, "webhook-queue", "--deploy", "prod", "--format", "svg");
    assertEquals(0, r.code(), r.err());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getTagName());
    assertTrue(r.out().contains(">queue agent&#45;tasks<"), r.out());
  }
}
