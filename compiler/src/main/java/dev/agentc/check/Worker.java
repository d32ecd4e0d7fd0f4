package dev.agentc.check;

import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import java.util.List;

/**
 * The checker's tools for one task that may run beside others (a module's bodies, a deploy):
 * its own diagnostics, resolutions and let-evaluation stack, so tasks share no mutable state but
 * the scopes' used imports and the parsed defaults. What a task found is merged in a fixed order
 * (module order, source order), so the result is the sequential one.
 */
final class Worker {
  final Diagnostics diags = new Diagnostics();
  final Resolver resolver;
  final Values values;
  final Completion completion;

  Worker(Scopes scopes, Defaults defaults) {
    resolver = new Resolver(scopes, diags);
    values = new Values(resolver, diags, defaults);
    completion = new Completion(values);
  }

  /** What a task found: its diagnostics sorted (stably: equal keys keep their order) while still in parallel, its names as recorded. */
  record Found(List<Diagnostic> diagnostics, List<Resolution> resolutions) {
    /** Adds these after what {@code all} and {@code resolved} already hold. */
    void reportTo(Diagnostics all, List<List<Resolution>> resolved) {
      all.addAll(diagnostics);
      resolved.add(resolutions);
    }
  }

  /** Ends the task: what it found. */
  Found found() {
    return new Found(diags.size() == 0 ? List.of() : diags.sorted(), resolver.resolutions());
  }
}
