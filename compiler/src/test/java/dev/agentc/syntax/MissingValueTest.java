package dev.agentc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value left out while typing is one error at its `=`, not one for every member after it. */
class MissingValueTest {
  private static final String AGENT = """
      agent a {
        image   = "x:1"
        port    =
        timeout = 30s
        resources { cpu = 1  memory = 2Gi }
        scale { replicas = 1..4 }
      }
      """;

  @Test
  void aMissingValueIsOneErrorAtItsEquals() {
    ParseResult r = Parser.parse("t.agent", AGENT);
    assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    Diagnostic d = r.diagnostics().get(0);
    assertEquals(Code.E0101, d.code());
    assertEquals("the value of `port` is missing after `=`", d.message());
    assertEquals(3, d.span().line());
    assertEquals(11, d.span().column());
  }

  @Test
  void theMembersAfterItStillParse() {
    String tree = TreeDump.of(Parser.parse("t.agent", AGENT).unit());
    assertTrue(tree.contains("(field \"timeout\""), tree);
    assertTrue(tree.contains("(field \"scale\""), tree);
  }

  @Test
  void aValueOnTheNextLineIsNoError() {
    assertEquals(List.of(), Parser.parse("t.agent", "agent a {\n  port =\n    8000\n  image = \"x\"\n}\n").diagnostics());
  }

  @Test
  void twoEqualsOnOneLineAreLeftToTheParser() {
    List<Diagnostic> ds = Parser.parse("t.agent", "agent a { port = timeout = 30s }\n").diagnostics();
    assertFalse(ds.isEmpty());
    assertTrue(ds.stream().noneMatch(d -> d.message().contains("is missing")), ds.toString());
  }
}
