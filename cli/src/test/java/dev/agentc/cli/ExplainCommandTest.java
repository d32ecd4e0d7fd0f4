package dev.agentc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.diag.Code;
import dev.agentc.diag.Explanations;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code agentc explain}: one code's explanation, laid out on a terminal or as Markdown; the list of codes; unknown codes. */
class ExplainCommandTest {
  private static MainTest.Run explain(Map<String, String> env, boolean terminal, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "explain";
    System.arraycopy(args, 0, all, 1, args.length);
    return MainTest.run(MainTest.PROJECTS, env, terminal, all);
  }

  @Test
  void notOnATerminalPrintsTheMarkdownAsWritten() {
    MainTest.Run r = explain(Map.of(), false, "E0302");
    assertEquals(0, r.code());
    assertEquals(Explanations.of(Code.E0302).orElseThrow().markdown(), r.out());
  }

  @Test
  void onATerminalHeadingsAreBoldAndCodeIsIndented() {
    MainTest.Run r = explain(Map.of(), true, "E0302");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("\u001b[1mE0302: unknown field\u001b[0m\n"), r.out());
    assertTrue(r.out().contains("\n\u001b[1mExample\u001b[0m\n\n    agent triage {\n      imgae = "), r.out());
    assertFalse(r.out().contains("```"), r.out());
  }

  @Test
  void noColorKeepsTheLayoutWithoutEscapes() {
    MainTest.Run r = explain(Map.of("NO_COLOR", "1"), true, "E0302");
    assertTrue(r.out().startsWith("E0302: unknown field\n\n"), r.out());
    assertTrue(r.out().contains("\nFix\n\n    agent triage {\n      image = "), r.out());
    assertFalse(r.out().contains("\u001b"), r.out());
  }

  @Test
  void codesAreFoundWhateverTheCaseOrWithDigitsOnly() {
    String expected = Explanations.of(Code.E0302).orElseThrow().markdown();
    assertEquals(expected, explain(Map.of(), false, "e0302").out());
    assertEquals(expected, explain(Map.of(), false, "302").out());
    assertEquals(Explanations.of(Code.W0201).orElseThrow().markdown(), explain(Map.of(), false, "w0201").out());
  }

  @Test
  void anUnknownCodeSuggestsTheNearestOnes() {
    MainTest.Run r = explain(Map.of(), false, "E0399");
    assertEquals(Exit.USAGE, r.code());
    assertEquals("", r.out());
    assertEquals("error: no diagnostic code `E0399`\nhelp: did you mean `E0309`?\nnote: run `agentc explain` to list every code\n", r.err());
    MainTest.Run several = explain(Map.of(), false, "E0500");
    assertTrue(several.err().contains("help: did you mean `E0501` or `E0502` or `E0503`?"), several.err());
    MainTest.Run none = explain(Map.of(), false, "banana");
    assertEquals("error: no diagnostic code `banana`\nnote: run `agentc explain` to list every code\n", none.err());
  }

  @Test
  void withoutACodeEveryCodeIsListedWithItsTitle() {
    MainTest.Run r = explain(Map.of(), false);
    assertEquals(0, r.code());
    assertEquals(Code.values().length, r.out().lines().count());
    assertTrue(r.out().startsWith("E0001  error    unreadable input\n"), r.out());
    assertTrue(r.out().contains("\nW0201  warning  unused import\n"), r.out());
  }
}
