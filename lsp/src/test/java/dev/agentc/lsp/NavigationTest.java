package dev.agentc.lsp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hover, go to definition, references and rename on the LANGUAGE.md §7 example. */
class NavigationTest {
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

  private String hover(Position p) throws Exception {
    Hover hover = h.remote.getTextDocumentService().hover(new HoverParams(Harness.doc(uri), p)).get(20, SECONDS);
    return hover == null ? "" : hover.getContents().getRight().getValue();
  }

  private List<? extends Location> definition(Position p) throws Exception {
    return h.remote.getTextDocumentService().definition(new DefinitionParams(Harness.doc(uri), p)).get(20, SECONDS).getLeft();
  }

  @Test
  void hoverShowsTheSchemaOfAField() throws Exception {
    String md = hover(Harness.find(text, "precision = fp16", 2));
    assertTrue(md.startsWith("**`precision`** — one of fp32, fp16, bf16, fp8, int8, int4 · default `fp16`\n\nWeight precision."), md);
  }

  @Test
  void hoverShowsTheValueAfterFrom() throws Exception {
    // `greeting` sets only `image`; its port comes from `base`
    String md = hover(Harness.find(text, "agent greeting from base", "image", 2));
    assertTrue(md.contains("Resolved: `\"ghcr.io/acme/greeting:2.0\"`"), md);
    String kind = hover(Harness.find(text, "agent greeting", 1));
    assertTrue(kind.startsWith("**agent**: A deployable agent"), kind);
  }

  @Test
  void hoverShowsTheValueAfterOverride() throws Exception {
    String md = hover(Harness.find(text, "override support_bot { regions", 24));
    assertTrue(md.contains("Resolved: `[eu_west]`"), md);
    String scale = hover(Harness.find(text, "scale { replicas = 1..4 } }", 9));
    assertTrue(scale.contains("Resolved: `1..4`"), scale);
  }

  @Test
  void hoverOnAReferenceDescribesItsDeclaration() throws Exception {
    String md = hover(Harness.find(text, "model  = llama3_8b", 10));
    assertTrue(md.startsWith("```agent\nmodel llama3_8b\n```\n\nLlama 3 8B, served on our own GPUs."), md);
    String gpu = hover(Harness.find(text, "1 * H100_80GB", 5));
    assertTrue(gpu.contains("gpu H100_80GB") && gpu.contains("80Gi VRAM"), gpu);
  }

  @Test
  void definitionInTheFileAndIntoTheStandardLibrary() throws Exception {
    List<? extends Location> model = definition(Harness.find(text, "model  = llama3_8b", 10));
    assertEquals(uri, model.get(0).getUri());
    assertEquals(Harness.find(text, "llama3_8b {", 0), model.get(0).getRange().getStart());

    List<? extends Location> gpu = definition(Harness.find(text, "1 * H100_80GB", 5));
    assertTrue(gpu.get(0).getUri().endsWith("/gpu.agent"), gpu.toString());
    String std = Files.readString(Path.of(java.net.URI.create(gpu.get(0).getUri())));
    assertEquals(Harness.find(std, "H100_80GB {", 0), gpu.get(0).getRange().getStart());
  }

  @Test
  void referencesOfADeclaration() throws Exception {
    List<? extends Location> refs = h.remote.getTextDocumentService().references(
        new ReferenceParams(Harness.doc(uri), Harness.find(text, "store memory", 7), new ReferenceContext(true))).get(20, SECONDS);
    // the declaration, `stores = [memory]` in base, `[memory, knowledge]` and `queue(memory, …)` in support_bot
    assertEquals(4, refs.size(), refs.toString());
  }

  @Test
  void renameEditsTheDeclarationAndEveryReference() throws Exception {
    var prepared = h.remote.getTextDocumentService().prepareRename(
        new PrepareRenameParams(Harness.doc(uri), Harness.find(text, "tools  = [weather]", 10))).get(20, SECONDS);
    assertEquals("weather", prepared.getSecond().getPlaceholder());
    var edit = h.remote.getTextDocumentService().rename(
        new RenameParams(Harness.doc(uri), Harness.find(text, "tools  = [weather]", 10), "forecast")).get(20, SECONDS);
    List<TextEdit> edits = edit.getChanges().get(uri);
    assertEquals(2, edits.size(), edits.toString());
    assertTrue(edits.stream().allMatch(e -> e.getNewText().equals("forecast")));
  }

  @Test
  void renameRefusesInvalidNames() {
    Position weather = Harness.find(text, "tools  = [weather]", 10);
    for (String bad : List.of("2fast", "from", "a-b", "", "wea ther")) {
      var e = assertThrows(ExecutionException.class, () -> h.remote.getTextDocumentService()
          .rename(new RenameParams(Harness.doc(uri), weather, bad)).get(20, SECONDS));
      assertTrue(e.getCause() instanceof ResponseErrorException r && r.getMessage().contains("not a valid name"), bad + ": " + e.getCause());
    }
    var clash = assertThrows(ExecutionException.class, () -> h.remote.getTextDocumentService()
        .rename(new RenameParams(Harness.doc(uri), weather, "memory")).get(20, SECONDS));
    assertTrue(clash.getCause().getMessage().contains("already declared"), clash.getCause().getMessage());
    var std = assertThrows(ExecutionException.class, () -> h.remote.getTextDocumentService()
        .rename(new RenameParams(Harness.doc(uri), Harness.find(text, "1 * H100_80GB", 5), "big")).get(20, SECONDS));
    assertTrue(std.getCause().getMessage().contains("standard library"), std.getCause().getMessage());
  }
}
