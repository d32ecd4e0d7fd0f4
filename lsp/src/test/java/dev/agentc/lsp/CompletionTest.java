package dev.agentc.lsp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionTest {
  @TempDir Path dir;
  Harness h;
  String text;
  String uri;

  @BeforeEach
  void open() throws Exception {
    Path project = Harness.example("customer-service", dir);
    h = new Harness();
    h.initialize();
    text = Files.readString(project.resolve("support.agent"));
    uri = h.open(project.resolve("support.agent"), text);
    h.client.next(uri);
  }

  @AfterEach
  void close() throws Exception { h.close(); }

  /** Replaces {@code before} with {@code typed} and completes at the end of {@code typed}. */
  private List<CompletionItem> complete(String before, String typed) throws Exception {
    return complete(before, typed, typed.substring(typed.lastIndexOf('\n') + 1));
  }

  /** As above, completing at the end of {@code cursorAfter}, the last line of what was typed. */
  private List<CompletionItem> complete(String before, String typed, String cursorAfter) throws Exception {
    String edited = text.replace(before, typed);
    assertFalse(edited.equals(text), "the test's text must change");
    h.replace(uri, edited);
    int line = edited.indexOf(typed) + typed.length() - cursorAfter.length();
    Position at = Harness.find(edited.substring(0, line) + "\u0000" + edited.substring(line), "\u0000", cursorAfter.length());
    return h.remote.getTextDocumentService().completion(new CompletionParams(Harness.doc(uri), at)).get(20, SECONDS).getLeft();
  }

  private static CompletionItem item(List<CompletionItem> items, String label) {
    return items.stream().filter(i -> i.getLabel().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no `" + label + "` in " + items.stream().map(CompletionItem::getLabel).toList()));
  }

  private static List<String> labels(List<CompletionItem> items) { return items.stream().map(CompletionItem::getLabel).toList(); }

  @Test
  void fieldsOfTheDeclarationKindWithTypeDefaultAndDoc() throws Exception {
    List<CompletionItem> items = complete("  batch { max_size = 10  timeout = 5s }", "  batch { max_size = 10  timeout = 5s }\n  pro");
    CompletionItem protocol = item(items, "protocol");
    assertTrue(protocol.getDetail().contains("= http"), protocol.getDetail());
    assertEquals("Wire protocol.\n\none of http, websocket, grpc · default `http`", protocol.getDocumentation().getRight().getValue());
    assertEquals("protocol = ", protocol.getTextEdit().getLeft().getNewText());
    assertTrue(labels(items).stream().allMatch(l -> l.startsWith("pro")), labels(items).toString());
  }

  @Test
  void fieldsOfANestedBlock() throws Exception {
    List<CompletionItem> items = complete("resources { cpu = 4  memory = 8Gi }", "resources { cpu = 4  memory = 8Gi  ");
    assertTrue(labels(items).containsAll(List.of("cpu", "memory", "gpu", "ephemeral")), labels(items).toString());
    assertFalse(labels(items).contains("image"));
  }

  @Test
  void referencesOfTheRightKind() throws Exception {
    List<CompletionItem> items = complete("  model  = llama3_8b\n", "  model  = ");
    assertTrue(labels(items).containsAll(List.of("llama3_8b", "gpt4")), labels(items).toString());
    assertFalse(labels(items).contains("weather"), "a tool is not a model");
  }

  @Test
  void enumValues() throws Exception {
    List<CompletionItem> items = complete("  precision = fp16\n", "  precision = ");
    assertEquals(List.of("fp32", "fp16", "bf16", "fp8", "int8", "int4"), labels(items));
  }

  @Test
  void unitsAfterANumber() throws Exception {
    List<CompletionItem> items = complete("  size   = 20Gi\n", "  size   = 20");
    assertTrue(labels(items).containsAll(List.of("Gi", "Mi", "GB")), labels(items).toString());
    assertFalse(labels(items).contains("ms"), "a size is a Memory");
    CompletionItem gi = item(items, "Gi");
    assertEquals("Gi", gi.getTextEdit().getLeft().getNewText());
  }

  @Test
  void catalogEntriesWithVramAndPrice() throws Exception {
    List<CompletionItem> items = complete("    gpu      = 1 * H100_80GB", "    gpu      = 1 * ");
    CompletionItem h100 = item(items, "H100_80GB");
    assertTrue(h100.getDetail().contains("80Gi VRAM"), h100.getDetail());
    assertTrue(h100.getDetail().contains("USD/h"), h100.getDetail());
  }

  @Test
  void importPaths() throws Exception {
    List<CompletionItem> items = complete("import std.tee.{sev_snp}", "import std.t");
    assertEquals(List.of("std.tee"), labels(items).stream().filter(l -> l.startsWith("std.t")).toList());
    assertEquals("std.tee", item(items, "std.tee").getTextEdit().getLeft().getNewText());
  }

  @Test
  void namesOfAnImportedModule() throws Exception {
    List<CompletionItem> items = complete("import std.tee.{sev_snp}", "import std.tee.{");
    assertTrue(labels(items).contains("sev_snp"), labels(items).toString());
  }

  @Test
  void callFormsAndTheirArguments() throws Exception {
    List<CompletionItem> calls = complete("  auth    = bearer(weather_key)", "  auth    = ");
    assertTrue(labels(calls).containsAll(List.of("bearer", "api_key", "none")), labels(calls).toString());
    List<CompletionItem> args = complete("  auth    = bearer(weather_key)", "  auth    = bearer(");
    assertTrue(labels(args).containsAll(List.of("openai_key", "weather_key")), labels(args).toString());
  }

  @Test
  void nothingInsideAComment() throws Exception {
    assertEquals(List.of(), complete("// confidential GPU", "// confidential GPU "));
  }

  @Test
  void declarationKindsAtTheTop() throws Exception {
    List<CompletionItem> items = complete("secret weather_key\n", "secret weather_key\nsw");
    assertEquals(List.of("swarm"), labels(items));
  }
}
