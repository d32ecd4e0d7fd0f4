package dev.agentc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentc.format.Formatter;
import dev.agentc.source.SourceFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which construct a `///` documents: the one below it, unless it ends a line of code. */
class DocCommentTest {
  private static Declaration only(String source) {
    ParseResult r = Parser.parse("doc.agent", source);
    assertEquals(java.util.List.of(), r.diagnostics());
    return (Declaration) r.unit().items().get(0);
  }

  private static Optional<String> docOf(Declaration d, int member) {
    return d.body().orElseThrow().members().get(member).doc().map(Doc::text);
  }

  @Test
  void aDocLineAboveAFieldDocumentsIt() {
    Declaration d = only("agent a {\n  /// The image.\n  image = \"x:1\"\n}\n");
    assertEquals(Optional.of("The image."), docOf(d, 0));
  }

  @Test
  void aTrailingDocCommentBelongsToItsLineNotToTheNextField() {
    Declaration d = only("agent a {\n  image = \"x:1\" /// pinned\n  port = 8000\n}\n");
    assertEquals(Optional.empty(), docOf(d, 1));
  }

  /** Separators are not code: a `///` after a `;` that starts its line still documents what follows. */
  @Test
  void aDocAfterALeadingSeparatorStillDocumentsWhatFollows() {
    Declaration d = only("agent a {\n  image = \"x:1\"\n  ; /// The port.\n  port = 8000\n}\n");
    assertEquals(Optional.of("The port."), docOf(d, 1));
  }

  @Test
  void formattingKeepsATrailingDocCommentTrailing() {
    String source = "agent a {\n  image = \"x:1\" /// pinned\n  port  = 8000\n}\n";
    var formatted = Formatter.formatSource(new SourceFile("doc.agent", source));
    String text = ((Formatter.Result.Formatted) formatted).text();
    assertEquals(source, text);
  }
}
