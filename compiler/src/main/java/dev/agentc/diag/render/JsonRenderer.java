package dev.agentc.diag.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.diag.Fix;
import dev.agentc.diag.Label;
import dev.agentc.diag.Severity;
import dev.agentc.source.Span;
import java.util.List;

/**
 * Renders diagnostics as one JSON document ({@code agentc check --format json}):
 *
 * <pre>
 * {
 *   "version": 1,
 *   "diagnostics": [ {
 *     "code": "E0302", "severity": "error", "title": "unknown field", "message": "…",
 *     "span": { "file", "line", "column", "endLine", "endColumn", "startOffset", "endOffset" },
 *     "labels": [ { "span": {…}, "message": "…" } ],
 *     "hint": "…" or null,
 *     "fix": { "title": "…", "edits": [ { "span": {…}, "replacement": "…" } ] } or null
 *   } ],
 *   "summary": { "errors": 1, "warnings": 0, "notes": 0 }
 * }
 * </pre>
 *
 * <p>Lines and columns are 1-based and count Unicode code points; {@code endColumn} and
 * {@code endOffset} are exclusive; offsets are code-point offsets into the file. A span without
 * source text (a built-in default) is {@code null}. Diagnostics are sorted by file, offset and
 * code ({@link Diagnostics#sort}); fields always come in the order above.
 */
public final class JsonRenderer {
  /** Bumped when a field changes meaning or disappears; new fields may appear without a bump. */
  public static final int FORMAT_VERSION = 1;

  public String render(List<Diagnostic> diagnostics) { return Json.write(document(diagnostics)); }

  /** The document as a tree, for a command that adds its own fields (`check --explain-egress` adds `egress`). */
  public ObjectNode document(List<Diagnostic> diagnostics) {
    List<Diagnostic> sorted = Diagnostics.sort(diagnostics);
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("version", FORMAT_VERSION);
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : sorted) list.add(diagnostic(d));
    ObjectNode summary = root.putObject("summary");
    summary.put("errors", count(sorted, Severity.ERROR));
    summary.put("warnings", count(sorted, Severity.WARNING));
    summary.put("notes", count(sorted, Severity.NOTE));
    return root;
  }

  private static long count(List<Diagnostic> ds, Severity s) {
    return ds.stream().filter(d -> d.severity() == s).count();
  }

  static ObjectNode diagnostic(Diagnostic d) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("code", d.code().name());
    o.put("severity", d.severity().label());
    o.put("title", d.code().title());
    o.put("message", d.message());
    o.set("span", span(d.span()));
    ArrayNode labels = o.putArray("labels");
    for (Label l : d.labels()) {
      ObjectNode lo = labels.addObject();
      lo.set("span", span(l.span()));
      lo.put("message", l.message());
    }
    o.put("hint", d.hint().orElse(null));
    if (d.fix().isPresent()) {
      Fix f = d.fix().get();
      ObjectNode fo = o.putObject("fix");
      fo.put("title", f.title());
      ArrayNode edits = fo.putArray("edits");
      for (Fix.Edit e : f.edits()) {
        ObjectNode eo = edits.addObject();
        eo.set("span", span(e.span()));
        eo.put("replacement", e.replacement());
      }
    } else {
      o.putNull("fix");
    }
    return o;
  }

  static ObjectNode span(Span s) {
    if (s == null || s.isNone()) return null;
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("file", s.file());
    o.put("line", s.line());
    o.put("column", s.column());
    o.put("endLine", s.endLine());
    o.put("endColumn", s.endColumn());
    o.put("startOffset", s.start());
    o.put("endOffset", s.end());
    return o;
  }
}
