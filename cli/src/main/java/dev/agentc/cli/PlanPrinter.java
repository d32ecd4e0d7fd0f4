package dev.agentc.cli;

import dev.agentc.apply.Change;
import dev.agentc.apply.PlanResult;
import dev.agentc.diag.render.Style;
import java.io.PrintStream;
import java.util.List;

/**
 * A plan as terraform shows one: per deploy and target, each object to create (`+`, green),
 * change (`~`, yellow, with its fields) or delete (`-`, red), then the counts.
 */
final class PlanPrinter {
  private final Style style;

  PlanPrinter(boolean color) { this.style = new Style(color); }

  void print(PrintStream out, List<PlanResult> results) {
    for (PlanResult r : results) {
      out.println(style.bold("deploy `" + r.deployment().plan().name() + "` → " + r.deployment().target()));
      if (!r.hasChanges()) {
        out.println("  no changes");
        continue;
      }
      String scope = null;
      for (Change c : r.changes()) {
        if (!c.scope().equals(scope)) {
          scope = c.scope();
          out.println("  # " + scope);
        }
        String mark = c.action().symbol();
        out.println(style.change(mark, "  " + mark + " " + c.kind() + " " + c.name()));
        for (Change.FieldChange f : c.fields()) out.println(field(f));
      }
    }
    out.println();
    out.println(style.bold(summary(results, "Plan: ", " to create, ", " to change, ", " to delete.")));
  }

  private String field(Change.FieldChange f) {
    if (f.before() == null) return style.change("+", "      + " + f.path() + ": " + f.after());
    if (f.after() == null) return style.change("-", "      - " + f.path() + ": " + f.before());
    return style.change("~", "      ~ " + f.path() + ": " + f.before() + " → " + f.after());
  }

  /** "Plan: 1 to create, 2 to change, 0 to delete." and the like. */
  static String summary(List<PlanResult> results, String lead, String created, String changed, String deleted) {
    List<Change> all = results.stream().flatMap(r -> r.changes().stream()).toList();
    return lead + count(all, Change.Action.CREATE) + created + count(all, Change.Action.UPDATE) + changed + count(all, Change.Action.DELETE) + deleted;
  }

  private static long count(List<Change> all, Change.Action action) { return all.stream().filter(c -> c.action() == action).count(); }
}
