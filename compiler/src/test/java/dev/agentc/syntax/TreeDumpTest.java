package dev.agentc.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TreeDumpTest {
  private static String dump(String source) {
    ParseResult r = Parser.parse("t.agent", source);
    assertFalse(r.hasErrors(), () -> "does not parse: " + r.diagnostics() + "\n" + source);
    return TreeDump.of(r.unit());
  }

  @Test
  void printsEveryNodeWithoutSpans() {
    String expected = """
        (unit
          (module a.b)
          (import std.region
            (select eu_west))
          (import x.y
            (as z))
          (let n
            (neg
              (num "1_000")))
          (decl abstract agent base
            (doc "Base.")
            (from other)
            (block
              (field "q k" quoted
                (str plain
                  (text "v\\u{a}")
                  (interp
                    (ref x))))
              (field "gpu" bare
                (times
                  (num "2")
                  (ref gpu.H100)))
              (override c
                (block
                  (field "r" bare
                    (range "1" "4"))))
              (field "on" bare
                (list
                  (call rps
                    (arg _
                      (qty "100" "" "min"))
                    (arg limit
                      (qty "500" "USD" "month")))
                  (none)
                  (bool true))))))""";
    assertEquals(expected, dump("""
        module a.b
        import std.region.{eu_west}
        import x.y as z
        let n = -1_000
        /// Base.
        abstract agent base from other {
          "q k" = "v\\n${x}"
          gpu = 2 * gpu.H100
          override c { r = 1..4 }
          on = [rps(100/min, limit = 500 USD/month), none, true]
        }
        """));
  }

  @Test
  void ignoresLayoutCommentsAndParentheses() {
    assertEquals(dump("agent a { x = [1, 2]  y = 2 * z }"), dump("""
        // comment
        agent a {
          x = [ 1 // one
            2, ]; y = (2) * (z) // end
        }
        """));
  }

  @Test
  void distinguishesWhatTheFormatterMustKeep() {
    assertNotEquals(dump("let x = 1_000"), dump("let x = 1000"));
    assertNotEquals(dump("let x = \"a\""), dump("let x = \"\"\"a\"\"\""));
    assertNotEquals(dump("agent a { \"k\" = 1 }"), dump("agent a { k = 1 }"));
    assertNotEquals(dump("/// one\nsecret s"), dump("/// two\nsecret s"));
    assertNotEquals(dump("let x = 2 * (3 * y)"), dump("let x = 2 * 3 * y"));
    assertNotEquals(dump("secret s"), dump("secret s {}"));
  }
}
