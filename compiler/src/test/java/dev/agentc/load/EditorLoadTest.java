package dev.agentc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.source.SourceFile;
import dev.agentc.syntax.ParseResult;
import dev.agentc.syntax.Parser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ProjectLoader#load(Path, Map, java.util.function.Function)}: a project as an editor sees it. */
class EditorLoadTest {
  @TempDir Path root;

  @Test
  void openTextReplacesDiskAndUnsavedFilesBelong() throws Exception {
    Files.writeString(root.resolve(ProjectLoader.MARKER), "");
    Files.writeString(root.resolve("a.agent"), "secret on_disk\n");
    Files.writeString(root.resolve("b.agent"), "secret b\n");
    Map<Path, String> open = Map.of(
        root.resolve("a.agent"), "secret in_editor\n",
        root.resolve("new.agent"), "secret unsaved\n",
        root.resolveSibling("elsewhere.agent"), "secret outside\n",
        root.resolve("nested/inner.agent"), "secret in_a_nested_project\n");
    Files.createDirectories(root.resolve("nested"));
    Files.writeString(root.resolve("nested").resolve(ProjectLoader.MARKER), "");
    Project p = ProjectLoader.load(root, open, Parser::parse);
    assertEquals(List.of("a", "b", "new"), p.modules().stream().filter(m -> !m.std()).map(Module::name).toList());
    assertEquals("secret in_editor\n", p.module("a").orElseThrow().unit().file().text());
    assertEquals("a.agent", p.module("a").orElseThrow().unit().file().path(), "display paths are relative to the root");
  }

  @Test
  void theCallerParsesEveryFile() throws Exception {
    Files.writeString(root.resolve(ProjectLoader.MARKER), "");
    Files.writeString(root.resolve("a.agent"), "secret a\n");
    Map<String, ParseResult> reused = new HashMap<>();
    List<String> parsed = new ArrayList<>();
    java.util.function.Function<SourceFile, ParseResult> parser = f -> reused.computeIfAbsent(f.path() + f.text(), k -> {
      parsed.add(f.path());
      return Parser.parse(f);
    });
    Project first = ProjectLoader.load(root, Map.of(), parser);
    Project second = ProjectLoader.load(root, Map.of(), parser);
    assertEquals(List.of("a.agent"), parsed);
    assertSame(first.module("a").orElseThrow().unit(), second.module("a").orElseThrow().unit());
  }

  @Test
  void theRootOfAFile() throws Exception {
    Files.writeString(root.resolve(ProjectLoader.MARKER), "");
    Files.createDirectories(root.resolve("sub"));
    assertEquals(root.toRealPath(), ProjectLoader.rootOf(root.resolve("sub/x.agent")).toRealPath());
    Path loose = Files.createDirectories(root.resolveSibling(root.getFileName() + "-loose"));
    assertTrue(ProjectLoader.rootOf(loose.resolve("y.agent")).endsWith(loose.getFileName()));
  }
}
