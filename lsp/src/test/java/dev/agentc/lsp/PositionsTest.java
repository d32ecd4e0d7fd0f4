package dev.agentc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentc.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LSP columns against code points: UTF-16 by default, UTF-8 when negotiated, with characters outside the BMP. */
class PositionsTest {
  @TempDir Path dir;

  /** 😀 and 𝄞 are outside the BMP: two UTF-16 units, four UTF-8 bytes, one code point. */
  static final String TEXT = "module t\n\n/// 😀 doc 𝄞\ntool w {\n  url = \"https://😀.example/𝄞\"  timeout = nope // 😀\n}\n";

  @Test
  void convertsBothWays() {
    SourceFile file = new SourceFile("t.agent", TEXT);
    int nope = TEXT.codePointCount(0, TEXT.indexOf("nope"));
    Positions utf16 = new Positions(Encoding.UTF16);
    Position p16 = utf16.position(file, nope);
    assertEquals(new Position(4, "  url = \"https://😀.example/𝄞\"  timeout = ".length()), p16);
    assertEquals(nope, utf16.offset(file, p16));

    Positions utf8 = new Positions(Encoding.UTF8);
    Position p8 = utf8.position(file, nope);
    assertEquals(new Position(4, "  url = \"https://😀.example/𝄞\"  timeout = ".getBytes(java.nio.charset.StandardCharsets.UTF_8).length), p8);
    assertEquals(nope, utf8.offset(file, p8));
  }

  @Test
  void theMiddleOfASurrogatePairMeansTheCharacterAfterIt() {
    SourceFile file = new SourceFile("t.agent", "a😀b");
    assertEquals(2, new Positions(Encoding.UTF16).offset(file, new Position(0, 2)));
  }

  @Test
  void diagnosticsCountUtf16UnitsByDefault() throws Exception {
    try (Harness h = new Harness()) {
      assertEquals("utf-16", h.initialize(List.of("utf-16")).getCapabilities().getPositionEncoding());
      String uri = h.open(dir.resolve("t.agent"), TEXT);
      Diagnostic d = h.client.next(uri).getDiagnostics().stream().filter(x -> x.getMessage().getLeft().contains("nope")).findFirst().orElseThrow();
      assertEquals(Harness.find(TEXT, "nope", 0), d.getRange().getStart());
      assertEquals(Harness.find(TEXT, "nope", 4), d.getRange().getEnd());
    }
  }

  @Test
  void utf8IsNegotiatedWhenOffered() throws Exception {
    try (Harness h = new Harness()) {
      assertEquals("utf-8", h.initialize(List.of("utf-8", "utf-16")).getCapabilities().getPositionEncoding());
      String uri = h.open(dir.resolve("t.agent"), TEXT);
      Diagnostic d = h.client.next(uri).getDiagnostics().stream().filter(x -> x.getMessage().getLeft().contains("nope")).findFirst().orElseThrow();
      String before = "  url = \"https://😀.example/𝄞\"  timeout = ";
      assertEquals(new Position(4, before.getBytes(java.nio.charset.StandardCharsets.UTF_8).length), d.getRange().getStart());
    }
  }

  @Test
  void editsAfterNonBmpCharactersLandWhereTheClientMeant() throws Exception {
    try (Harness h = new Harness()) {
      h.initialize();
      String uri = h.open(dir.resolve("t.agent"), TEXT);
      h.client.next(uri);
      Position nope = Harness.find(TEXT, "nope", 0);
      h.edit(uri, new org.eclipse.lsp4j.Range(nope, new Position(nope.getLine(), nope.getCharacter() + 4)), "10s");
      var after = h.client.next(uri).getDiagnostics();
      assertEquals(List.of(), after.stream().filter(x -> x.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error).toList());
    }
  }
}
