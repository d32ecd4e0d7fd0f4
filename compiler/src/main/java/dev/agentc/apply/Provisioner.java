package dev.agentc.apply;

/**
 * Provisions what one target built: shows what would change ({@link #plan}) and makes the
 * change ({@link #apply}). One implementation per target, in the target's module, listed beside
 * its target in `dev.agentc.cli.Shipped`; the compiler itself never talks to a cluster or an API.
 * Both methods report bad outcomes by throwing {@link ApplyException} with a diagnostic.
 */
public interface Provisioner {
  /** The name of the target whose artefacts this provisions (`kubernetes`, `aleph`, …). */
  String target();

  /** What {@link #apply} would do now, without changing anything. */
  PlanResult plan(Deployment deployment, ApplyOptions options);

  /** Makes the live state match the build; safe to run again after any failure. Returns what it changed. */
  PlanResult apply(Deployment deployment, ApplyOptions options, Progress progress);
}
