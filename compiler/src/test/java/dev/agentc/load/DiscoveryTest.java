package dev.agentc.load;

import static dev.agentc.load.LoaderTestSupport.dump;
import static dev.agentc.load.LoaderTestSupport.marker;
import static dev.agentc.load.LoaderTestSupport.one;
import static dev.agentc.load.LoaderTestSupport.userModules;
import static dev.agentc.load.LoaderTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which projects a path names, and which files belong to them. */
class DiscoveryTest {
  @TempDir Path tmp;

  @Test
  void fileBelowAMarkerLoadsItsWholeProject() {
    Path proj = tmp.resolve("proj");
    marker(proj);
    write(proj, "a.agent", "module a\n");
    Path deep = write(proj, "x/y/b.agent", "import a\n");
    Project p = one(deep, tmp);
    assertEquals("proj", p.root());
    assertEquals(List.of("a", "x.y.b"), userModules(p));
    assertTrue(p.diagnostics().isEmpty(), dump(p.diagnostics()));
  }

  @Test
  void markerFileNamesItsProject() {
    Path proj = tmp.resolve("proj");
    Path m = marker(proj);
    write(proj, "a.agent", "");
    Project p = one(m, tmp);
    assertEquals("proj", p.root());
    assertEquals(List.of("a"), userModules(p));
  }

  @Test
  void fileNamedDirectlyIsCompiledEvenWhereTheWalkSkips() {
    Path proj = tmp.resolve("proj");
    marker(proj);
    write(proj, "a.agent", "");
    Path hidden = write(proj, ".scratch/try.agent", "module scratch\nimport a\n");
    Project p = one(hidden, tmp);
    assertEquals(List.of("a", "scratch"), userModules(p));
    assertTrue(p.diagnostics().isEmpty(), dump(p.diagnostics()));
  }

  @Test
  void directoryInsideAProjectLoadsThatProject() {
    Path proj = tmp.resolve("proj");
    marker(proj);
    write(proj, "a.agent", "");
    write(proj, "sub/b.agent", "");
    Project p = one(proj.resolve("sub"), tmp);
    assertEquals("proj", p.root());
    assertEquals(List.of("a", "sub.b"), userModules(p));
  }

  @Test
  void directoryWithSeveralProjectsSortedByPath() {
    marker(tmp.resolve("zeta"));
    write(tmp, "zeta/z.agent", "");
    marker(tmp.resolve("alpha"));
    write(tmp, "alpha/a.agent", "");
    marker(tmp.resolve("group/mid"));
    write(tmp, "group/mid/m.agent", "");
    write(tmp, "stray.agent", ""); // belongs to no project
    List<Project> ps = ProjectLoader.discover(tmp, tmp);
    assertEquals(List.of("alpha", "group/mid", "zeta"), ps.stream().map(Project::root).toList());
    assertEquals(List.of("a"), userModules(ps.get(0)));
    assertEquals(List.of("m"), userModules(ps.get(1)));
    assertEquals(List.of("z"), userModules(ps.get(2)));
  }

  @Test
  void nestedProjectIsExcludedFromTheOuterOne() {
    Path outer = tmp.resolve("outer");
    marker(outer);
    write(outer, "o.agent", "");
    marker(outer.resolve("inner"));
    write(outer, "inner/i.agent", "");
    List<Project> fromAbove = ProjectLoader.discover(tmp, tmp);
    assertEquals(List.of("outer", "outer/inner"), fromAbove.stream().map(Project::root).toList());
    assertEquals(List.of("o"), userModules(fromAbove.get(0)));
    assertEquals(List.of("i"), userModules(fromAbove.get(1)));
    // inside the outer project: only the outer one
    Project o = one(outer, tmp);
    assertEquals(List.of("o"), userModules(o));
    // a file of the inner project: the inner one
    Project i = one(outer.resolve("inner/i.agent"), tmp);
    assertEquals("outer/inner", i.root());
    assertEquals(List.of("i"), userModules(i));
  }

  @Test
  void noMarkerMakesTheDirectoryTheRoot() {
    Path dir = tmp.resolve("loose");
    write(dir, "a.agent", "");
    write(dir, "sub/b.agent", "");
    Project p = one(dir, tmp);
    assertEquals("loose", p.root());
    assertEquals(List.of("a", "sub.b"), userModules(p));
  }

  @Test
  void fileWithoutMarkerHasItsDirectoryAsRoot() {
    Path f = write(tmp, "loose/sub/b.agent", "module b\nimport c\n");
    write(tmp, "loose/sub/c.agent", "");
    write(tmp, "loose/other.agent", "");
    Project p = one(f, tmp);
    assertEquals("loose/sub", p.root());
    assertEquals(List.of("b", "c"), userModules(p));
    assertTrue(p.diagnostics().isEmpty(), dump(p.diagnostics()));
  }

  @Test
  void skipsHiddenTargetAndNodeModules() {
    marker(tmp);
    write(tmp, "a.agent", "");
    write(tmp, ".git/x.agent", "");
    write(tmp, ".hidden.agent", "");
    write(tmp, "target/classes/y.agent", "");
    write(tmp, "node_modules/pkg/z.agent", "");
    write(tmp, "sub/target/w.agent", "");
    Project p = one(tmp, tmp);
    assertEquals(List.of("a"), userModules(p));
    assertTrue(p.diagnostics().isEmpty(), dump(p.diagnostics()));
  }

  @Test
  void displayPathsAreRelativeToTheWorkingDirectoryOrAbsolute() {
    Path proj = tmp.resolve("p");
    marker(proj);
    write(proj, "dir/a.agent", "");
    Project rel = one(proj, tmp);
    assertEquals("p/dir/a.agent", rel.module("dir.a").orElseThrow().unit().file().path());
    Project inside = one(proj, proj);
    assertEquals(".", inside.root());
    assertEquals("dir/a.agent", inside.module("dir.a").orElseThrow().unit().file().path());
    Path elsewhere = tmp.resolve("elsewhere");
    Project abs = one(proj, elsewhere);
    String expected = proj.toAbsolutePath().normalize().resolve("dir/a.agent").toString().replace('\\', '/');
    assertEquals(expected, abs.module("dir.a").orElseThrow().unit().file().path());
    assertTrue(abs.sources().containsKey(expected));
  }

  @Test
  void relativePathResolvesAgainstTheWorkingDirectory() {
    marker(tmp.resolve("p"));
    write(tmp, "p/a.agent", "");
    Project p = one(Path.of("p"), tmp);
    assertEquals("p", p.root());
    assertEquals(List.of("a"), userModules(p));
  }

  @Test
  void defaultWorkingDirectoryOverloadWorks() {
    marker(tmp);
    write(tmp, "a.agent", "");
    List<Project> ps = ProjectLoader.discover(tmp);
    assertEquals(1, ps.size());
    assertEquals(List.of("a"), userModules(ps.get(0)));
  }

  @Test
  void thousandFilesLoadFast() {
    marker(tmp);
    for (int i = 0; i < 1000; i++) {
      String text = "module pkg" + (i % 10) + ".m" + i + "\n"
          + (i > 0 ? "import pkg" + ((i - 1) % 10) + ".m" + (i - 1) + "\n" : "")
          + "import std.gpu\n";
      write(tmp, "pkg" + (i % 10) + "/m" + i + ".agent", text);
    }
    one(tmp, tmp); // warm up the parser
    long t0 = System.nanoTime();
    Project p = one(tmp, tmp);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(1000, userModules(p).size());
    assertTrue(p.diagnostics().isEmpty(), dump(p.diagnostics()));
    assertTrue(ms < 5_000, "loading 1000 files took " + ms + " ms");
  }
}
