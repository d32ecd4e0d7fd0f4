package dev.agentc.format;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.agentc.syntax.ParseResult;
import dev.agentc.syntax.Parser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Whatever parses without errors formats to a fixed point with the same tree and comments. Plain
 * test runs replay {@code FormatterFuzzTestInputs/}; fuzz with {@code JAZZER_FUZZ=1}.
 */
class FormatterFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void formatKeepsTreeAndIsIdempotent(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    if (Parser.parse("fuzz.agent", text).hasErrors()) return;
    RoundTrip.check("fuzz input", text);
  }

  /** The fuzz test skips what does not parse, so a committed input that does not parse tests nothing. */
  @Test
  void committedInputsParse() throws IOException, URISyntaxException {
    Path dir = Path.of(FormatterFuzzTest.class.getResource("FormatterFuzzTestInputs/formatKeepsTreeAndIsIdempotent").toURI());
    List<Path> inputs;
    try (Stream<Path> files = Files.list(dir)) {
      inputs = files.sorted().toList();
    }
    assertFalse(inputs.isEmpty());
    for (Path p : inputs) {
      ParseResult r = Parser.parse(p.getFileName().toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      assertFalse(r.hasErrors(), () -> p.getFileName() + ": " + r.diagnostics());
    }
  }
}
