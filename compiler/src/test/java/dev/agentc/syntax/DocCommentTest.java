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

  @Test
  void aDocLineBelowATrailingOneDocumentsTheNextField() {
    Declaration d = only("agent a {\n  image = \"x:1\" /// pinned\n  /// The port.\n  port = 8000\n}\n");
    assertEquals(Optional.of("The port."), docOf(d, 1));
  }

  /** The line of a comment is told by the line breaks before it, those inside a block comment too; in code points, not chars. */
  @Test
  void aDocAfterABlockCommentOverLinesDocumentsTheNextField() {
    Declaration d = only("agent a {\n  image = \"\uD83D\uDE80:1\" /* a\n b */ /// The port.\n  port = 8000\n}\n");
    assertEquals(Optional.of("The port."), docOf(d, 1));
    Declaration same = only("agent a {\n  image = \"\uD83D\uDE80:1\" /* a b */ /// pinned\n  port = 8000\n}\n");
    assertEquals(Optional.empty(), docOf(same, 1));
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
