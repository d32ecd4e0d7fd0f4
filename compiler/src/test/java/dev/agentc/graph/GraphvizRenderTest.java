package dev.agentc.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Every golden DOT graph renders with Graphviz's own `dot -Tsvg` (a validator we did not write)
 * into an SVG that parses as XML. Skipped when `dot` is not installed (Debian package `graphviz`,
 * installed by .ci/run).
 */
class GraphvizRenderTest {
  @BeforeAll
  static void needsDot() {
    Assumptions.assumeTrue(dotRuns(), "Graphviz `dot` is not installed (apt-get install graphviz): DOT output not rendered");
  }

  static Stream<Path> dotFiles() throws IOException {
    try (Stream<Path> s = Files.walk(GraphGoldenTest.GOLDEN)) {
      return s.filter(p -> p.toString().endsWith(".dot")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dotFiles")
  void dotRendersEveryGraphToSvg(Path dot) throws Exception {
    Process p = new ProcessBuilder("dot", "-Tsvg", dot.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] svg = p.getInputStream().readAllBytes();
    assertEquals(0, p.waitFor(), "dot -Tsvg " + dot);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    assertEquals("svg", doc.getDocumentElement().getTagName());
    // Every node's name is drawn.
    List<String> drawn = new java.util.ArrayList<>();
    org.w3c.dom.NodeList texts = doc.getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) drawn.add(texts.item(i).getTextContent());
    for (String line : Files.readAllLines(dot)) {
      if (!line.contains("[shape=")) continue;
      String name = line.substring(line.indexOf("label=\"") + 7).split("\\\\n|\"")[0];
      assertFalse(name.isEmpty(), line);
      assertTrue(drawn.contains(name), () -> "no text `" + name + "` in the SVG of " + dot);
    }
  }

  private static boolean dotRuns() {
    try {
      Process p = new ProcessBuilder(List.of("dot", "-V")).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
