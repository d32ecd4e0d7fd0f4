package dev.agentc.diag.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.diag.Fix;
import dev.agentc.diag.Label;
import dev.agentc.diag.Severity;
import dev.agentc.source.Span;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders diagnostics as a SARIF 2.1.0 log ({@code agentc check --format sarif}) for code
 * scanning tools. One run; {@code tool.driver.rules} holds the {@link Code} catalog entries the
 * results use, in catalog order (id, title as {@code shortDescription}, default level), so the
 * log does not change when unrelated codes join the catalog; each result names its rule by
 * {@code ruleId} and {@code ruleIndex} (into that list), has its primary span as its one location, its
 * labels as {@code relatedLocations}, its fix as {@code fixes}, and its hint as the property
 * {@code hint}. Columns count Unicode code points ({@code columnKind}) and {@code endColumn}
 * is exclusive, as SARIF defines it. Artifact URIs are the spans' file paths as relative URI
 * references. Output is sorted and stable, like the JSON renderer's.
 */
public final class SarifRenderer {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final String toolVersion;

  /** @param toolVersion agentc's version, written as {@code tool.driver.version}; may be null */
  public SarifRenderer(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  public String render(List<Diagnostic> diagnostics) {
    ObjectNode log = Json.MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "agentc");
    if (toolVersion != null) driver.put("version", toolVersion);
    List<Diagnostic> sorted = Diagnostics.sort(diagnostics);
    EnumSet<Code> used = EnumSet.noneOf(Code.class);
    for (Diagnostic d : sorted) used.add(d.code());
    Map<Code, Integer> index = new EnumMap<>(Code.class);
    ArrayNode rules = driver.putArray("rules");
    for (Code c : used) {
      index.put(c, index.size());
      ObjectNode r = rules.addObject();
      r.put("id", c.name());
      r.putObject("shortDescription").put("text", c.title());
      r.putObject("defaultConfiguration").put("level", level(c.severity()));
    }
    run.put("columnKind", "unicodeCodePoints");
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : sorted) results.add(result(d, index.get(d.code())));
    return Json.write(log);
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }

  private static ObjectNode result(Diagnostic d, int ruleIndex) {
    ObjectNode r = Json.MAPPER.createObjectNode();
    r.put("ruleId", d.code().name());
    r.put("ruleIndex", ruleIndex);
    r.put("level", level(d.severity()));
    r.putObject("message").put("text", d.message());
    ArrayNode locations = r.putArray("locations");
    if (!d.span().isNone()) locations.addObject().set("physicalLocation", physical(d.span()));
    if (!d.labels().isEmpty()) {
      ArrayNode related = r.putArray("relatedLocations");
      int id = 1;
      for (Label l : d.labels()) {
        ObjectNode loc = related.addObject();
        loc.put("id", id++);
        if (!l.span().isNone()) loc.set("physicalLocation", physical(l.span()));
        loc.putObject("message").put("text", l.message());
      }
    }
    d.fix().ifPresent(f -> r.putArray("fixes").add(fix(f)));
    d.hint().ifPresent(h -> r.putObject("properties").put("hint", h));
    return r;
  }

  private static ObjectNode fix(Fix f) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.putObject("description").put("text", f.title());
    Map<String, List<Fix.Edit>> byFile = new LinkedHashMap<>();
    for (Fix.Edit e : f.edits()) byFile.computeIfAbsent(e.span().file(), k -> new ArrayList<>()).add(e);
    ArrayNode changes = o.putArray("artifactChanges");
    for (Map.Entry<String, List<Fix.Edit>> entry : byFile.entrySet()) {
      ObjectNode change = changes.addObject();
      change.putObject("artifactLocation").put("uri", uri(entry.getKey()));
      ArrayNode replacements = change.putArray("replacements");
      for (Fix.Edit e : entry.getValue()) {
        ObjectNode rep = replacements.addObject();
        rep.set("deletedRegion", region(e.span()));
        rep.putObject("insertedContent").put("text", e.replacement());
      }
    }
    return o;
  }

  private static ObjectNode physical(Span s) {
    ObjectNode p = Json.MAPPER.createObjectNode();
    p.putObject("artifactLocation").put("uri", uri(s.file()));
    p.set("region", region(s));
    return p;
  }

  private static ObjectNode region(Span s) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("startLine", s.line());
    o.put("startColumn", s.column());
    o.put("endLine", s.endLine());
    o.put("endColumn", s.endColumn());
    return o;
  }

  /** A path as a relative URI reference: forward slashes, other unsafe characters percent-encoded. */
  static String uri(String path) {
    String slashed = path.replace('\\', '/');
    try {
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      return slashed;
    }
  }
}
