package dev.agentc.target.compose;

import dev.agentc.ir.Feature;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Storage;
import dev.agentc.ir.Workload;
import dev.agentc.target.Target;
import dev.agentc.target.Targets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.TreeMap;

/**
 * What the deploy asks for that this Compose file does not enforce, one line per workload and
 * point, for the file's header: every best-effort feature (each also a W0501 warning), and what
 * one Docker host does not do for a store (replicas, volume size, backups).
 */
final class Caveats {
  private Caveats() {}

  /** Lines `workload: what is not enforced`, sorted by workload. */
  static List<String> of(Target target, Plan plan) {
    Map<String, SequencedSet<String>> byWorkload = new TreeMap<>();
    for (Feature.Use use : Targets.bestEffort(target, plan)) {
      plan.workload(use.workload()).ifPresent(w -> add(byWorkload, w, feature(use.feature(), w)));
    }
    for (Workload w : plan.workloads()) {
      w.storage().ifPresent(s -> store(w, s).forEach(line -> add(byWorkload, w, line)));
    }
    List<String> out = new ArrayList<>();
    byWorkload.forEach((name, lines) -> lines.forEach(line -> out.add(name + ": " + line)));
    return out;
  }

  private static void add(Map<String, SequencedSet<String>> byWorkload, Workload w, String line) {
    byWorkload.computeIfAbsent(w.name(), k -> new LinkedHashSet<>()).add(line);
  }

  static String feature(Feature feature, Workload w) {
    String replicas = replicas(DeployBlock.replicas(w));
    return switch (feature) {
      case AUTOSCALING -> "autoscaling is not enforced: it runs its minimum, " + replicas;
      case EVENT_SCALING -> "event-driven scaling (rps, queue, cron) is not enforced: it runs " + replicas;
      case REGIONS -> "regions are not enforced: every service runs on this one host";
      case SPOT -> "spot capacity is not used: it runs on this host";
      case ROLLOUT -> "canary and blue-green rollouts are not enforced: `up` replaces its containers all at once";
      case RATE_LIMIT -> "rate limiting is not enforced: no gateway stands in front of it";
      case EGRESS -> "egress restrictions are not enforced: it can reach any host";
      default -> feature.description() + " are not enforced";
    };
  }

  private static List<String> store(Workload w, Storage s) {
    List<String> out = new ArrayList<>();
    if (w.scaling().min() > 1) {
      out.add("it runs 1 of its " + w.scaling().min() + " replicas: replicas would share its one volume");
    }
    s.size().ifPresent(size -> out.add("the size " + size.text() + " of volume " + ComposeNames.volume(w)
        + " is not enforced: local volumes grow with their data"));
    s.backup().ifPresent(b -> out.add("backups (`" + b.schedule() + "`, keep " + b.keep() + ") are not scheduled"));
    return out;
  }

  static String replicas(int n) { return n + (n == 1 ? " replica" : " replicas"); }
}
