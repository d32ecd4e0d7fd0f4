package dev.agentc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The VS Code extension's TextMate grammar on every example, tokenized by vscode-textmate (the
 * engine VS Code runs) in src/test/node/grammar.mjs: declaration kinds and names, comments,
 * strings, numbers and units, imports and fields carry their scopes, and nothing stays open.
 */
class GrammarTest {
  @Test
  void scopesTheExamples() throws Exception {
    List<String> command = new ArrayList<>(List.of("node", "grammar.mjs",
        Path.of("editors", "vscode", "syntaxes", "agent.tmLanguage.json").toAbsolutePath().toString()));
    try (var files = Files.walk(Path.of("..", "examples"))) {
      files.filter(p -> p.toString().endsWith(".agent")).sorted().forEach(p -> command.add(p.toAbsolutePath().toString()));
    }
    Process node = new ProcessBuilder(command).directory(Path.of("src", "test", "node").toFile()).redirectErrorStream(true).start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(node.waitFor(60, TimeUnit.SECONDS), out);
    assertEquals(0, node.exitValue(), out);
    assertTrue(out.startsWith("ok: "), out);
  }
}
