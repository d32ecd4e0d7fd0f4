package dev.agentc.load;

import static dev.agentc.load.LoaderTestSupport.assertAt;
import static dev.agentc.load.LoaderTestSupport.dump;
import static dev.agentc.load.LoaderTestSupport.marker;
import static dev.agentc.load.LoaderTestSupport.one;
import static dev.agentc.load.LoaderTestSupport.only;
import static dev.agentc.load.LoaderTestSupport.userModules;
import static dev.agentc.load.LoaderTestSupport.withCode;
import static dev.agentc.load.LoaderTestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Label;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Module names (E0206, E0208) and imports (E0201, E0202). */
class ModulesTest {
  @TempDir Path tmp;

  @Test
  void namesComeFromClauseOrPath() {
    marker(tmp);
    write(tmp, "fin/common.agent", "// no clause\n");
    write(tmp, "x/y.agent", "module acme.support\n");
    Project p = one(tmp, tmp);
    assertTrue(p.diagnostics().isEmpty(), dump(p.diagnostics()));
    assertEquals(List.of("acme.support", "fin.common"), userModules(p));
    assertEquals("fin/common.agent", p.module("fin.common").orElseThrow().unit().file().path());
  }

  @Test
  void userModulesSortedThenStd() {
    marker(tmp);
    write(tmp, "b.agent", "");
    write(tmp, "a.agent", "module z\n");
    write(tmp, "c.agent", "");
    Project p = one(tmp, tmp);
    List<String> names = p.modules().stream().map(Module::name).toList();
    List<Boolean> std = p.modules().stream().map(Module::std).toList();
    assertEquals(List.of("b", "c", "z"), names.subList(0, 3));
    assertTrue(std.subList(0, 3).stream().noneMatch(s -> s));
    assertTrue(std.subList(3, std.size()).stream().allMatch(s -> s));
    List<String> stdNames = names.subList(3, names.size());
    assertEquals(stdNames.stream().sorted().toList(), stdNames);
  }

  @Test
  void duplicateModuleIsE0206OnTheSecondFile() {
    marker(tmp);
    write(tmp, "a.agent", "module shared\n");
    write(tmp, "b.agent", "\n\nmodule shared\n");
    write(tmp, "shared.agent", "// named by path\n");
    Project p = one(tmp, tmp);
    List<Diagnostic> ds = withCode(p, Code.E0206);
    assertEquals(2, ds.size(), dump(p.diagnostics()));
    Diagnostic second = ds.get(0);
    assertAt(second, "b.agent", 3, 8);
    assertEquals("module `shared` is declared by more than one file", second.message());
    Label first = second.labels().get(0);
    assertEquals("a.agent", first.span().file());
    assertEquals(1, first.span().line());
    assertEquals(8, first.span().column());
    assertAt(ds.get(1), "shared.agent", 1, 1); // by path: a file-level span
    assertEquals("a.agent", p.module("shared").orElseThrow().unit().file().path());
  }

  @Test
  void fileNameThatIsNotAnIdentifierIsE0208() {
    marker(tmp);
    write(tmp, "my-file.agent", "// no module clause\n");
    Project p = one(tmp, tmp);
    Diagnostic d = only(p, Code.E0208);
    assertAt(d, "my-file.agent", 1, 1);
    assertTrue(d.message().startsWith("`my-file` cannot be a module name"), d.message());
    assertTrue(d.hint().orElseThrow().contains("module my_file"), d.hint().toString());
  }

  @Test
  void moduleClauseFixesABadFileName() {
    marker(tmp);
    write(tmp, "2024/my-file.agent", "module reports.y2024\n");
    Project p = one(tmp, tmp);
    assertTrue(p.diagnostics().isEmpty(), dump(p.diagnostics()));
    assertEquals(List.of("reports.y2024"), userModules(p));
  }

  @Test
  void digitDirectoryIsE0208() {
    marker(tmp);
    write(tmp, "v1.2/x.agent", "");
    Diagnostic d = only(one(tmp, tmp), Code.E0208);
    assertAt(d, "v1.2/x.agent", 1, 1);
    assertTrue(d.message().contains("`2` is not an identifier"), d.message());
  }

  @Test
  void stdNameInClauseIsE0208AndDoesNotShadow() {
    marker(tmp);
    write(tmp, "g.agent", "// mine\nmodule std.gpu\n");
    Project p = one(tmp, tmp);
    Diagnostic d = only(p, Code.E0208);
    assertAt(d, "g.agent", 2, 8);
    assertEquals("`std.gpu` cannot be a module name: `std` is reserved for the standard library", d.message());
    assertTrue(userModules(p).isEmpty());
  }

  @Test
  void stdDirectoryIsE0208() {
    marker(tmp);
    write(tmp, "std.agent", "");
    write(tmp, "std/x.agent", "");
    Project p = one(tmp, tmp);
    List<Diagnostic> ds = withCode(p, Code.E0208);
    assertEquals(2, ds.size(), dump(p.diagnostics()));
    assertAt(ds.get(0), "std.agent", 1, 1);
    assertAt(ds.get(1), "std/x.agent", 1, 1);
  }

  @Test
  void unknownModuleIsE0201WithSuggestion() {
    marker(tmp);
    write(tmp, "common.agent", "module acme.common\n");
    write(tmp, "main.agent", "module acme.main\n\nimport acme.comon\nimport acme.common\n");
    Project p = one(tmp, tmp);
    Diagnostic d = only(p, Code.E0201);
    assertAt(d, "main.agent", 3, 8);
    assertEquals(18, d.span().endColumn()); // exclusive
    assertEquals("no module named `acme.comon`", d.message());
    assertEquals("did you mean `acme.common`?", d.hint().orElseThrow());
    assertEquals("acme.common", d.fix().orElseThrow().edits().get(0).replacement());
  }

  @Test
  void unknownModuleSuggestsStdBySameLastSegment() {
    marker(tmp);
    write(tmp, "main.agent", "module main\nimport gpu.{H100_80GB}\nimport nothing.like.it\n");
    Project p = one(tmp, tmp);
    List<Diagnostic> ds = withCode(p, Code.E0201);
    assertEquals(2, ds.size(), dump(p.diagnostics()));
    assertAt(ds.get(0), "main.agent", 2, 8);
    assertEquals("did you mean `std.gpu`?", ds.get(0).hint().orElseThrow());
    assertAt(ds.get(1), "main.agent", 3, 8);
    assertTrue(ds.get(1).fix().isEmpty());
  }

  @Test
  void stdImportsResolve() {
    marker(tmp);
    write(tmp, "main.agent", "module main\nimport std.gpu\nimport std.region.{x}\nimport std.tee as t\nimport std.provider\n");
    Project p = one(tmp, tmp);
    assertTrue(withCode(p, Code.E0201).isEmpty(), dump(p.diagnostics()));
  }

  @Test
  void twoModuleCycleIsOneE0202() {
    marker(tmp);
    write(tmp, "a.agent", "module a\nimport b\n");
    write(tmp, "b.agent", "module b\n\nimport a\n");
    Project p = one(tmp, tmp);
    Diagnostic d = only(p, Code.E0202);
    assertAt(d, "a.agent", 2, 8);
    assertEquals("modules import each other in a cycle: a → b → a", d.message());
    assertEquals(1, d.labels().size());
    Label l = d.labels().get(0);
    assertEquals("b.agent", l.span().file());
    assertEquals(3, l.span().line());
    assertEquals(8, l.span().column());
    assertEquals("`b` imports `a` here", l.message());
  }

  @Test
  void longerCycleAndSelfImportAreDeterministic() {
    marker(tmp);
    write(tmp, "c.agent", "module c\nimport a\n");
    write(tmp, "a.agent", "module a\nimport b\n");
    write(tmp, "b.agent", "module b\nimport c\n");
    write(tmp, "s.agent", "module s\nimport std.gpu\nimport s\n");
    write(tmp, "t.agent", "module t\nimport a\n"); // reaches the cycle but is not on it
    for (int round = 0; round < 3; round++) {
      Project p = one(tmp, tmp);
      List<Diagnostic> ds = withCode(p, Code.E0202);
      assertEquals(2, ds.size(), dump(p.diagnostics()));
      assertEquals("modules import each other in a cycle: a → b → c → a", ds.get(0).message());
      assertAt(ds.get(0), "a.agent", 2, 8);
      assertEquals(List.of("b.agent", "c.agent"), ds.get(0).labels().stream().map(x -> x.span().file()).toList());
      assertEquals("modules import each other in a cycle: s → s", ds.get(1).message());
      assertAt(ds.get(1), "s.agent", 3, 8);
    }
  }

  @Test
  void oneDiagnosticPerComponent() {
    marker(tmp);
    write(tmp, "a.agent", "module a\nimport b\nimport c\n");
    write(tmp, "b.agent", "module b\nimport a\n");
    write(tmp, "c.agent", "module c\nimport a\n");
    write(tmp, "x.agent", "module x\nimport y\n");
    write(tmp, "y.agent", "module y\nimport x\n");
    Project p = one(tmp, tmp);
    List<Diagnostic> ds = withCode(p, Code.E0202);
    assertEquals(List.of(
            "modules import each other in a cycle: a → b → a",
            "modules import each other in a cycle: x → y → x"),
        ds.stream().map(Diagnostic::message).toList());
  }

  @Test
  void longCycleNeedsNoDeepRecursion() {
    marker(tmp);
    int n = 3000;
    for (int i = 0; i < n; i++) {
      write(tmp, "m" + i + ".agent", i + 1 < n ? "import m" + (i + 1) + "\n" : "import m0\n");
    }
    Project p = one(tmp, tmp);
    Diagnostic d = only(p, Code.E0202);
    assertTrue(d.message().startsWith("modules import each other in a cycle: m0 → m1 → m2"), d.message());
    assertEquals(n - 1, d.labels().size());
  }
}
