package dev.agentc.analysis;

import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.model.Model;
import java.util.List;

/**
 * One "know before you deploy" check: reads a deploy's plan (and the typed model it came from) and
 * reports what would otherwise fail at deploy time or in production.
 */
public interface Analysis {
  List<Diagnostic> check(Model model, Plan plan);
}
