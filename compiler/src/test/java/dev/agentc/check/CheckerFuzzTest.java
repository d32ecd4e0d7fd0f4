package dev.agentc.check;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.agentc.diag.Diagnostic;
import dev.agentc.load.Module;
import dev.agentc.load.Project;
import dev.agentc.load.StdLib;
import dev.agentc.source.SourceFile;
import dev.agentc.syntax.ParseResult;
import dev.agentc.syntax.Parser;
import java.util.ArrayList;
import java.util.List;

/**
 * Whatever the source, checking ends in a model and diagnostics, never an exception. Runs its
 * committed corpus in every `mvn verify`; `JAZZER_FUZZ=1` fuzzes for real.
 */
class CheckerFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void checkingNeverThrows(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    ParseResult parsed = Parser.parse(new SourceFile("fuzz.agent", text));
    List<Module> modules = new ArrayList<>();
    modules.add(new Module("main", parsed.unit(), false));
    modules.addAll(StdLib.get().modules());
    Project project = new Project(".", modules, parsed.diagnostics());

    Checker.Result result = Checker.check(project);

    assertNotNull(result.model());
    for (Diagnostic d : result.diagnostics()) {
      assertTrue(d.span().isNone() || d.span().file().equals("fuzz.agent") || d.span().file().startsWith("<std>"), d::toString);
      assertTrue(d.span().start() <= d.span().end(), d::toString);
    }
  }
}
