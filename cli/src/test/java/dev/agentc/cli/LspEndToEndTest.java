package dev.agentc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outside client: src/test/node/lsp-client.mjs drives a real `agentc lsp` process with
 * vscode-jsonrpc and vscode-languageserver-protocol, the libraries VS Code uses, on a copy of the
 * LANGUAGE.md §7 example (examples/customer-service).
 */
class LspEndToEndTest {
  @TempDir Path dir;

  @Test
  void anEditorSessionOverStdio() throws Exception {
    Path project = copy(Path.of("..", "examples", "customer-service"), dir.resolve("customer-service"));
    String java = ProcessHandle.current().info().command().orElse("java");
    Process node = new ProcessBuilder("node", "lsp-client.mjs", java, System.getProperty("java.class.path"), project.toString())
        .directory(Path.of("src", "test", "node").toFile())
        .redirectErrorStream(true)
        .start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(node.waitFor(120, TimeUnit.SECONDS), out);
    assertEquals(0, node.exitValue(), out);
    for (String step : List.of("initialize", "diagnostics", "completion", "hover", "definition", "rename", "formatting", "shutdown and exit")) {
      assertTrue(out.contains("ok " + step), step + " missing in:\n" + out);
    }
  }

  @Test
  void theSubcommandIsListed() {
    MainTest.Run r = MainTest.run("lsp", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Runs the language server"), r.out());
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path p : files.toList()) Files.copy(p, to.resolve(p.getFileName().toString()));
    }
    return to;
  }
}
