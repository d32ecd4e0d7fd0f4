package dev.agentc.target.compose;

import dev.agentc.ir.Feature;
import dev.agentc.target.Support;

/**
 * The Compose column of TARGETS.md: what one Docker host can express. Best-effort features get a
 * hint with the way out; {@link Caveats} writes what each one loses into the file.
 *
 * <p>Budgets are mapped: TARGETS.md gives Compose "cost report only", and the compiler's budget
 * checks and `agentc cost` do not depend on the target, so nothing is lost here.
 */
final class ComposeSupport {
  private ComposeSupport() {}

  static Support of(Feature feature) {
    return switch (feature) {
      case GPU, EXPOSE, STORE, SECRET, SWARM, BUDGET -> Support.MAPPED;
      case TEE -> new Support.Unsupported("drop it for this deploy with `override <agent> { tee = none }`, or build for kubernetes");
      case REGIONS -> new Support.BestEffort("Compose runs every service on one host; drop them for this deploy with `override <agent> { regions = none }`");
      case SPOT -> new Support.BestEffort("Compose runs on the host it is given; drop it for this deploy with `override <agent> { spot = none }`");
      case AUTOSCALING, EVENT_SCALING -> new Support.BestEffort(
          "Compose runs the minimum number of replicas and never scales; pin them for this deploy with `override <agent> { scale = none }`");
      case ROLLOUT -> new Support.BestEffort("Compose replaces containers all at once; drop it for this deploy with `override <agent> { rollout = none }`");
      case RATE_LIMIT -> new Support.BestEffort(
          "Compose has no gateway to limit requests; put a proxy in front, or drop it for this deploy with `override <agent> { rate_limit = none }`");
      case EGRESS -> new Support.BestEffort(
          "Compose networks cannot restrict outbound traffic; use a firewall on the host, or build for kubernetes with `network = cilium`");
    };
  }
}
