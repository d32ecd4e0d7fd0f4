package dev.agentc.target;

import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Feature;
import dev.agentc.ir.Plan;
import java.util.List;

/**
 * A target: turns a {@link Plan} into artefacts. One module per target implements this; the
 * command line depends on that module and lists the target in `dev.agentc.cli.Shipped`.
 */
public interface Target {
  /** The name used by `--target` and in the output layout (`OUT/<deploy>/<name>/`). */
  String name();

  /** How this target expresses {@code feature}: the generic check turns this into ✖ errors and ⚠ warnings. */
  Support support(Feature feature);

  /** Whether the deploy asks for this target: by default, when it has the target's settings block. */
  boolean requested(Plan plan);

  /** Checks particular to this target, beyond its feature table. An error stops {@link #emit}. */
  List<Diagnostic> check(Plan plan, BuildOptions options);

  /** The artefacts of a plan that passed the checks: paths relative to `OUT/<deploy>/<name>/`. */
  Output emit(Plan plan, BuildOptions options);
}
