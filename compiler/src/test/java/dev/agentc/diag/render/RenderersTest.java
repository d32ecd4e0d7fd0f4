package dev.agentc.diag.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.source.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderersTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void humanGolden() throws Exception {
    HumanRenderer r = new HumanRenderer(Fixtures.sources(), false);
    String out = r.render(Fixtures.all()) + r.summary("acme", 8, 1) + r.summary("quiet", 0, 2) + r.summary("clean", 0, 0);
    Golden.check("human.txt", out);
  }

  @Test
  void colourOnlyAddsEscapes() {
    List<Diagnostic> ds = Fixtures.all();
    String plain = new HumanRenderer(Fixtures.sources(), false).render(ds);
    String coloured = new HumanRenderer(Fixtures.sources(), true).render(ds);
    assertTrue(coloured.contains("\u001b[1;31merror[E0302]\u001b[0m"), coloured);
    assertFalse(plain.contains("\u001b"));
    assertEquals(plain, coloured.replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  @Test
  void jsonGolden() throws Exception {
    Golden.check("diagnostics.json", new JsonRenderer().render(Fixtures.all()));
  }

  @Test
  void sarifGolden() throws Exception {
    Golden.check("diagnostics.sarif", new SarifRenderer("0.1.0-test").render(Fixtures.all()));
  }

  @Test
  void jsonAndSarifDoNotDependOnInputOrder() {
    List<Diagnostic> shuffled = new ArrayList<>(Fixtures.all());
    Collections.reverse(shuffled);
    assertEquals(new JsonRenderer().render(Fixtures.all()), new JsonRenderer().render(shuffled));
    assertEquals(new SarifRenderer(null).render(Fixtures.all()), new SarifRenderer(null).render(shuffled));
  }

  @Test
  void sarifRulesComeFromTheCatalogAndResultsPointAtThem() throws Exception {
    JsonNode log = MAPPER.readTree(new SarifRenderer("1").render(Fixtures.all()));
    assertEquals("2.1.0", log.get("version").asText());
    JsonNode run = log.get("runs").get(0);
    assertEquals("agentc", run.at("/tool/driver/name").asText());
    JsonNode rules = run.at("/tool/driver/rules");
    List<String> used = Fixtures.all().stream().map(d -> d.code()).distinct().sorted().map(Code::name).toList();
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.get("id").asText()));
    assertEquals(used, ids);
    for (JsonNode rule : rules) {
      Code c = Code.valueOf(rule.get("id").asText());
      assertEquals(c.title(), rule.at("/shortDescription/text").asText());
    }
    for (JsonNode result : run.get("results")) {
      int index = result.get("ruleIndex").asInt();
      assertEquals(rules.get(index).get("id").asText(), result.get("ruleId").asText());
      assertTrue(List.of("error", "warning", "note").contains(result.get("level").asText()));
    }
    assertEquals(Fixtures.all().size(), run.get("results").size());
  }

  @Test
  void jsonSpansAreComplete() throws Exception {
    JsonNode doc = MAPPER.readTree(new JsonRenderer().render(Fixtures.all()));
    for (JsonNode d : doc.get("diagnostics")) {
      JsonNode span = d.get("span");
      if (span.isNull()) continue;
      List<String> names = new ArrayList<>();
      span.fieldNames().forEachRemaining(names::add);
      assertEquals(List.of("file", "line", "column", "endLine", "endColumn", "startOffset", "endOffset"), names);
    }
    assertEquals(8, doc.at("/summary/errors").asInt());
  }

  @Test
  void caretsLineUpUnderWideAndAstralCharacters() {
    SourceFile f = new SourceFile("w.agent", "x = \"\uD83D\uDE00\u540d\" + bad\n");
    Diagnostic d = Diagnostic.of(Code.E0204, Fixtures.find(f, "bad", 0), "bad").build();
    String out = new HumanRenderer(Map.of(f.path(), f), false).render(d);
    List<String> lines = out.lines().toList();
    String source = lines.get(3);
    String carets = lines.get(4);
    // The emoji and the ideograph take two columns each, so `bad` starts 2 columns later than its code-point column.
    assertEquals("1 | x = \"\uD83D\uDE00\u540d\" + bad", source);
    assertEquals("  |              ^^^", carets);
  }

  @Test
  void tabsAreExpandedToTheNextStop() {
    assertEquals("    a", TextWidth.expand("\ta".codePoints().toArray()));
    assertEquals("ab  c", TextWidth.expand("ab\tc".codePoints().toArray()));
    assertEquals(4, TextWidth.columnAt("ab\tc".codePoints().toArray(), 3));
    assertEquals(2, TextWidth.of(0x1F600));
    assertEquals(2, TextWidth.of(0x540D));
    assertEquals(0, TextWidth.of(0x0301));
    assertEquals(1, TextWidth.of('a'));
  }
}
