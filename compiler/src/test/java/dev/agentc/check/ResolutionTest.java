package dev.agentc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentc.Compiler;
import dev.agentc.load.Project;
import dev.agentc.load.ProjectLoader;
import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names the checker resolved, as {@link dev.agentc.Compilation#resolutions()} gives them to editors. */
class ResolutionTest {
  @TempDir Path root;

  @Test
  void everyUseNamesItsDeclaration() throws Exception {
    Files.writeString(root.resolve("agent.project"), "");
    String text = """
        module m

        import std.gpu.{L4}
        import std.region

        secret k

        tool t {
          url  = "https://x.example"
          auth = bearer(k)
        }

        abstract agent base { image = "i:1" }

        agent a from base {
          tools   = [t]
          regions = [region.eu_west]
          resources { gpu = 1 * L4 }
        }
        """;
    Project p = ProjectLoader.load(root, Map.of(root.resolve("m.agent"), text), dev.agentc.syntax.Parser::parse);
    Map<String, SourceFile> sources = p.sources();
    List<String> uses = Compiler.check(p).resolutions().stream().filter(r -> r.use().file().equals("m.agent"))
        .map(r -> slice(sources, r.use()) + " -> " + target(sources, r.target())).toList();
    assertEquals(List.of(
        "std.gpu -> module <std>/gpu.agent",
        "L4 -> L4 in <std>/gpu.agent",
        "std.region -> module <std>/region.agent",
        "k -> k in m.agent",
        "base -> base in m.agent",
        "t -> t in m.agent",
        "region -> module <std>/region.agent",
        "eu_west -> eu_west in <std>/region.agent",
        "L4 -> L4 in <std>/gpu.agent"), uses);
  }

  private static String slice(Map<String, SourceFile> sources, Span s) { return sources.get(s.file()).slice(s.start(), s.end()); }

  /** A declaration's name, or a module: the span of its whole file. */
  private static String target(Map<String, SourceFile> sources, Span s) {
    SourceFile f = sources.get(s.file());
    return s.start() == 0 && s.end() == f.length() ? "module " + s.file() : slice(sources, s) + " in " + s.file();
  }
}
