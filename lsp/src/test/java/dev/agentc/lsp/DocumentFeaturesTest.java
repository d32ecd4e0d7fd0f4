package dev.agentc.lsp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.format.Formatter;
import dev.agentc.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document and workspace symbols, formatting and semantic tokens. */
class DocumentFeaturesTest {
  @TempDir Path dir;

  @Test
  void symbolsOfTheDocumentAndTheWorkspace() throws Exception {
    Path project = Harness.example("financial-analysis", dir);
    try (Harness h = new Harness()) {
      h.initialize();
      String uri = h.open(project.resolve("main.agent"));
      h.client.next(uri);
      List<DocumentSymbol> symbols = h.remote.getTextDocumentService().documentSymbol(new DocumentSymbolParams(Harness.doc(uri)))
          .get(20, SECONDS).stream().map(e -> e.getRight()).toList();
      assertTrue(symbols.stream().anyMatch(s -> s.getKind() == SymbolKind.Module && s.getDetail().startsWith("deploy")), symbols.toString());
      assertTrue(symbols.stream().allMatch(s -> s.getSelectionRange() != null));

      var found = h.remote.getWorkspaceService().symbol(new WorkspaceSymbolParams("ledg")).get(20, SECONDS).getRight();
      assertEquals(List.of("ledger"), found.stream().map(s -> s.getName()).toList());
      assertTrue(found.get(0).getLocation().getLeft().getUri().endsWith("/common.agent"));
    }
  }

  @Test
  void formattingIsTheFormatterOfAgentcFmt() throws Exception {
    Path project = Harness.example("customer-service", dir);
    String messy = "module   acme.support\nsecret   a\nagent x{image=\"i:1\"  port=1}\n";
    try (Harness h = new Harness()) {
      h.initialize();
      String uri = h.open(project.resolve("scratch.agent"), messy);
      var edits = h.remote.getTextDocumentService().formatting(new DocumentFormattingParams(Harness.doc(uri), new FormattingOptions(2, true)))
          .get(20, SECONDS);
      var expected = (Formatter.Result.Formatted) Formatter.formatSource(new SourceFile("scratch.agent", messy));
      assertEquals(1, edits.size());
      assertEquals(expected.text(), edits.get(0).getNewText());
      assertEquals(3, edits.get(0).getRange().getEnd().getLine());

      h.replace(uri, expected.text());
      assertEquals(List.of(), h.remote.getTextDocumentService().formatting(
          new DocumentFormattingParams(Harness.doc(uri), new FormattingOptions(2, true))).get(20, SECONDS));
      h.replace(uri, "agent x {");
      assertEquals(List.of(), h.remote.getTextDocumentService().formatting(
          new DocumentFormattingParams(Harness.doc(uri), new FormattingOptions(2, true))).get(20, SECONDS), "a file that does not parse is left alone");
    }
  }

  @Test
  void semanticTokensClassifyTheTree() throws Exception {
    Path project = Harness.example("customer-service", dir);
    String text = "module t\n\nsecret k\n\nmodel m {\n  provider = openai\n  api_key  = k\n}\n";
    try (Harness h = new Harness()) {
      h.initialize();
      String uri = h.open(project.resolve("t.agent"), text);
      List<Integer> data = h.remote.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(Harness.doc(uri)))
          .get(20, SECONDS).getData();
      // module t | secret k | model m | provider = openai | api_key = k
      List<Integer> expected = List.of(
          0, 7, 1, 9, 0,      // t: namespace
          2, 0, 6, 0, 0,      // secret: keyword
          0, 7, 1, 1, 0,      // k: class
          2, 0, 5, 0, 0,      // model
          0, 6, 1, 1, 0,      // m
          1, 2, 8, 2, 0,      // provider: property
          0, 11, 6, 3, 0,     // openai: a reference (std.provider)
          1, 2, 7, 2, 0,      // api_key
          0, 11, 1, 3, 0);    // k: a reference
      assertEquals(expected, data);
    }
  }
}
