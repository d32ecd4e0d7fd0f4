package dev.agentc.diag.render;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Fix;
import dev.agentc.diag.Severity;
import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import java.util.List;
import java.util.Map;

/** A fixed set of hand-built diagnostics that exercises every part of the renderers. */
final class Fixtures {
  private Fixtures() {}

  static final SourceFile SUPPORT = new SourceFile("support.agent", String.join("\n",
      "module acme.support",
      "",
      "agent helper {",
      "  image    = \"ghcr.io/acme/helper:1.0\"",
      "  replicaz = 3",
      "\ttimeout  = 5x",
      "  env {",
      "    GREETING = \"h\u00e9llo \uD83D\uDE00 w\u00f6rld\"  NAME = \u540d\u524d",
      "  }",
      "}",
      "",
      "agent child from helper {",
      "  image = \"x\"",
      "}",
      ""));

  static final SourceFile COMMON = new SourceFile("lib/common.agent", String.join("\n",
      "import std.gpu.{L4}",
      "",
      "let port = 8080",
      "let port = 9090"));

  static Map<String, SourceFile> sources() {
    return Map.of(SUPPORT.path(), SUPPORT, COMMON.path(), COMMON);
  }

  /** The span of the {@code n}-th (0-based) occurrence of {@code needle}, in code points. */
  static Span find(SourceFile f, String needle, int n) {
    int idx = -1;
    for (int i = 0; i <= n; i++) {
      idx = f.text().indexOf(needle, idx + 1);
      if (idx < 0) throw new IllegalArgumentException("no occurrence " + n + " of " + needle);
    }
    int start = f.text().codePointCount(0, idx);
    return f.span(start, start + needle.codePointCount(0, needle.length()));
  }

  static List<Diagnostic> all() {
    Span replicaz = find(SUPPORT, "replicaz", 0);
    Span unit = find(SUPPORT, "5x", 0);
    Span wide = find(SUPPORT, "\u540d\u524d", 0);
    Span greeting = find(SUPPORT, "\"h\u00e9llo \uD83D\uDE00 w\u00f6rld\"", 0);
    Span childStart = find(SUPPORT, "agent child", 0);
    Span child = SUPPORT.span(childStart.start(), SUPPORT.length() - 1);
    Span importLine = find(COMMON, "import std.gpu.{L4}", 0);
    Span l4 = find(COMMON, "L4", 0);
    Span secondPort = find(COMMON, "port", 2);
    Span firstPort = find(COMMON, "port", 1); // occurrence 0 is inside `import`
    Span eof = SUPPORT.span(SUPPORT.length(), SUPPORT.length());
    return List.of(
        Diagnostic.of(Code.E0302, replicaz, "agent", "replicaz").suggest("replicas").build(),
        Diagnostic.of(Code.E0105, SUPPORT.span(unit.start() + 1, unit.end()), "x").build(),
        Diagnostic.of(Code.E0306, unit, "timeout", "a duration", "5x", "a number with an unknown unit")
            .hint("durations are written like `30s`, `5m` or `1h`").build(),
        Diagnostic.of(Code.E0305, wide, "NAME", "a string or a secret", "a name")
            .label(greeting, "this value is a string")
            .fix(Fix.replace("quote it", wide, "\"\u540d\u524d\"")).build(),
        Diagnostic.of(Code.E0401, child, "child", "helper", "`helper` sets no `model`")
            .label(find(SUPPORT, "helper", 2), "the base is named here")
            .label(find(SUPPORT, "helper", 0), "`helper` is declared here")
            .hint("give `helper` a `model`,\nor start from another agent").build(),
        Diagnostic.of(Code.W0201, l4, "L4")
            .fix(Fix.replace("remove the unused import", importLine, "")).build(),
        Diagnostic.of(Code.E0203, secondPort, "port", "lib.common")
            .label(firstPort, "first declared here")
            .label(find(SUPPORT, "helper", 0), "an unrelated label in another file")
            .label(new Span("lib/other.agent", 10, 14, 2, 3, 2, 7), "a label in a file that was not loaded")
            .build(),
        Diagnostic.of(Code.E0101, eof, "expected `}` before the end of the file").severity(Severity.ERROR).build(),
        Diagnostic.of(Code.E0002, new Span("does/not/exist", 0, 0, 1, 1, 1, 1), "does/not/exist").build(),
        Diagnostic.of(Code.W0201, Span.NONE, "std.tee").severity(Severity.NOTE).build());
  }
}
