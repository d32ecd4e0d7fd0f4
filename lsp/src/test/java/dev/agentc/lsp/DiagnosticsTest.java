package dev.agentc.lsp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {
  @TempDir Path dir;

  @Test
  void publishesOnOpenAndAsYouType() throws Exception {
    Path project = Harness.example("customer-service", dir);
    try (Harness h = new Harness()) {
      h.initialize();
      Path file = project.resolve("support.agent");
      String text = Files.readString(file);
      String uri = h.open(file, text);
      assertTrue(h.client.next(uri).getDiagnostics().stream().noneMatch(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error));

      String typo = text.replace("  image  = \"ghcr.io/acme/support-bot:1.4.2\"", "  imgae  = \"ghcr.io/acme/support-bot:1.4.2\"");
      h.replace(uri, typo);
      PublishDiagnosticsParams p = h.client.next(uri);
      Diagnostic d = p.getDiagnostics().stream().filter(x -> "E0302".equals(x.getCode().getLeft())).findFirst().orElseThrow();
      assertEquals(Harness.find(typo, "imgae", 0), d.getRange().getStart());
      assertTrue(d.getMessage().getLeft().contains("imgae"), d.getMessage().getLeft());

      // the fix of the diagnostic is a code action
      var actions = h.remote.getTextDocumentService().codeAction(new CodeActionParams(Harness.doc(uri), d.getRange(),
          new CodeActionContext(List.of(d)))).get(20, SECONDS);
      var action = actions.get(0).getRight();
      assertEquals("replace with `image`", action.getTitle());
      assertEquals("image", action.getEdit().getChanges().get(uri).get(0).getNewText());
    }
  }

  @Test
  void anEditRechecksTheFilesThatDependOnIt() throws Exception {
    Path project = Harness.example("financial-analysis", dir);
    try (Harness h = new Harness()) {
      h.initialize();
      Path common = project.resolve("common.agent");
      Path main = project.resolve("main.agent");
      String mainUri = h.open(main);
      assertTrue(errors(h.client.next(mainUri)).isEmpty());
      String commonText = Files.readString(common);
      String commonUri = h.open(common, commonText);
      h.client.next(commonUri);
      // delete every declaration of common: main's imports of it no longer resolve
      String module = commonText.lines().filter(l -> l.startsWith("module ")).findFirst().orElse("");
      h.replace(commonUri, module + "\n");
      List<Diagnostic> errors = errors(h.client.next(mainUri));
      assertTrue(errors.stream().anyMatch(d -> d.getCode().getLeft().startsWith("E02")), errors.toString());
    }
  }

  @Test
  void anEditPublishesTheFilesWhoseTextOrDiagnosticsChangedOnly() throws Exception {
    Path project = Harness.example("financial-analysis", dir);
    try (Harness h = new Harness()) {
      h.initialize();
      String commonUri = project.resolve("common.agent").toUri().toString();
      Path main = project.resolve("main.agent");
      String mainText = Files.readString(main);
      String mainUri = h.open(main, mainText);
      h.client.next(mainUri);
      assertTrue(h.client.next(commonUri).getDiagnostics().isEmpty(), "every file is published once");
      // an edit that changes no diagnostic: the edited file is answered, the other one is left alone
      h.replace(mainUri, mainText + "\n// a comment\n");
      h.client.next(mainUri);
      // one check publishes in path order, so `common` would have come before `main`
      assertTrue(h.client.diagnostics.get(commonUri).isEmpty(), "published a file whose diagnostics did not change");
    }
  }

  static List<Diagnostic> errors(PublishDiagnosticsParams p) {
    return p.getDiagnostics().stream().filter(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error).toList();
  }
}
