package dev.agentc.lsp;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.agentc.source.SourceFile;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Only a file whose text changed is parsed again. */
class ParseCacheTest {
  @Test
  void reusesTheParseOfUnchangedText() {
    ParseCache cache = new ParseCache();
    var a = cache.parse(new SourceFile("a.agent", "secret a\n"));
    assertSame(a, cache.parse(new SourceFile("a.agent", "secret a\n")));
    var changed = cache.parse(new SourceFile("a.agent", "secret b\n"));
    assertNotSame(a, changed);
    assertSame(changed, cache.parse(new SourceFile("a.agent", "secret b\n")));
    cache.retain(Set.of());
    assertNotSame(changed, cache.parse(new SourceFile("a.agent", "secret b\n")), "a forgotten file is parsed again");
  }
}
