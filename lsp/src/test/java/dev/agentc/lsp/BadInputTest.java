package dev.agentc.lsp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests the server must refuse with an LSP error, and loads it must survive; it stays up after each. */
class BadInputTest {
  @TempDir Path dir;

  private static void assertInvalidParams(ExecutionException e, String messagePart) {
    assertTrue(e.getCause() instanceof ResponseErrorException, String.valueOf(e.getCause()));
    var error = ((ResponseErrorException) e.getCause()).getResponseError();
    assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode());
    assertTrue(error.getMessage().contains(messagePart), error.getMessage());
  }

  /** The server still answers: a hover on the example's first line. */
  private static void stillUp(Harness h, String uri) throws Exception {
    h.remote.getTextDocumentService().hover(new HoverParams(Harness.doc(uri), new Position(0, 0))).get(20, SECONDS);
  }

  @Test
  void requestsForUnopenedClosedOrDeletedFilesAreRefused() throws Exception {
    Path project = Harness.example("customer-service", dir);
    try (Harness h = new Harness()) {
      h.initialize();
      String never = project.resolve("never.agent").toUri().toString();
      var e = assertThrows(ExecutionException.class, () -> h.remote.getTextDocumentService()
          .hover(new HoverParams(Harness.doc(never), new Position(0, 0))).get(20, SECONDS));
      assertInvalidParams(e, "is not open");

      Path file = project.resolve("support.agent");
      String uri = h.open(file);
      h.client.next(uri);
      Files.delete(file);
      h.remote.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(List.of(
          new org.eclipse.lsp4j.FileEvent(uri, org.eclipse.lsp4j.FileChangeType.Deleted))));
      stillUp(h, uri); // deleted on disk, still open in the editor: served from the buffer
      h.remote.getTextDocumentService().didClose(new DidCloseTextDocumentParams(Harness.doc(uri)));
      var closed = assertThrows(ExecutionException.class, () -> h.remote.getTextDocumentService()
          .hover(new HoverParams(Harness.doc(uri), new Position(0, 0))).get(20, SECONDS));
      assertInvalidParams(closed, "is not open");
      // a change to a document that was never opened is dropped, with a line on stderr
      h.replace(never, "secret x\n");
      stillUp(h, h.open(project.resolve("support.agent"), "module acme.support\n"));
      var notFile = assertThrows(ExecutionException.class, () -> h.remote.getTextDocumentService()
          .hover(new HoverParams(Harness.doc("untitled:Untitled-1"), new Position(0, 0))).get(20, SECONDS));
      assertInvalidParams(notFile, "not a file");
    }
  }

  @Test
  void positionsOutsideTheDocument() throws Exception {
    Path project = Harness.example("customer-service", dir);
    try (Harness h = new Harness()) {
      h.initialize();
      String uri = h.open(project.resolve("support.agent"));
      h.client.next(uri);
      for (Position bad : List.of(new Position(10_000, 0), new Position(-1, 0), new Position(0, -5))) {
        var e = assertThrows(ExecutionException.class, () -> h.remote.getTextDocumentService()
            .hover(new HoverParams(Harness.doc(uri), bad)).get(20, SECONDS));
        assertInvalidParams(e, "outside");
        var c = assertThrows(ExecutionException.class, () -> h.remote.getTextDocumentService()
            .completion(new CompletionParams(Harness.doc(uri), bad)).get(20, SECONDS));
        assertInvalidParams(c, "outside");
      }
      // an edit past the end is clamped to the end; a negative one is refused and changes nothing
      h.edit(uri, new Range(new Position(9_999, 0), new Position(9_999, 3)), "\n// appended\n");
      h.edit(uri, new Range(new Position(-1, 0), new Position(0, 3)), "garbage");
      h.edit(uri, new Range(new Position(3, 0), new Position(1, 0)), "garbage");
      PublishDiagnosticsParams p = h.client.next(uri);
      assertEquals(List.of(), DiagnosticsTest.errors(p));
      stillUp(h, uri);
    }
  }

  @Test
  void aFiveMegabyteDocument() throws Exception {
    Path project = Harness.example("customer-service", dir);
    StringBuilder big = new StringBuilder("module big\n\n");
    for (int i = 0; big.length() < 5_000_000; i++) {
      big.append("/// Secret number ").append(i).append(", with some text to make the file large quickly.\nsecret s").append(i).append("\n");
    }
    try (Harness h = new Harness()) {
      h.initialize();
      String uri = h.open(project.resolve("big.agent"), big.toString());
      PublishDiagnosticsParams p = h.client.next(uri);
      assertEquals(List.of(), DiagnosticsTest.errors(p));
      var items = h.remote.getTextDocumentService().completion(new CompletionParams(Harness.doc(uri), new Position(2, 0))).get(60, SECONDS);
      assertTrue(items.getLeft().stream().anyMatch(i -> i.getLabel().equals("agent")));
      stillUp(h, h.open(project.resolve("support.agent")));
    }
  }

  @Test
  void aThousandRapidChangesEndInTheDiagnosticsOfTheLast() throws Exception {
    Path project = Harness.example("customer-service", dir);
    Path file = project.resolve("support.agent");
    String text = Files.readString(file);
    try (Harness h = new Harness()) {
      h.initialize();
      String uri = h.open(file, text);
      h.client.next(uri);
      for (int i = 0; i < 1000; i++) {
        h.replace(uri, text.replace("secret weather_key", "secret weather_key" + i));
      }
      h.replace(uri, text.replace("secret weather_key", "secret weather_keyz"));
      // the last check is of the last text: `weather_key` no longer resolves
      PublishDiagnosticsParams last;
      do {
        last = h.client.next(uri);
      } while (last.getDiagnostics().stream().noneMatch(d -> d.getMessage().getLeft().contains("weather_keyz")));
      assertTrue(h.client.diagnostics.get(uri).size() <= 1, "published for edits that were already stale");
      stillUp(h, uri);
    }
  }
}
