package dev.agentc.target.kubernetes.apply;

import dev.agentc.apply.ApplyException;
import dev.agentc.apply.Progress;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Waits until the applied Deployments, StatefulSets and Argo Rollouts are ready, printing a line
 * whenever one's progress changes, for at most `--timeout`.
 */
final class Readiness {
  static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "Rollout");
  private final Duration poll;

  Readiness(Duration poll) { this.poll = poll; }

  void await(KubernetesClient client, Plan plan, Desired cluster, List<GenericKubernetesResource> applied, Duration timeout, Progress progress) {
    List<GenericKubernetesResource> waiting = new ArrayList<>(applied.stream().filter(o -> WORKLOAD_KINDS.contains(o.getKind())).toList());
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, String> shown = new HashMap<>();
    while (true) {
      for (var it = waiting.iterator(); it.hasNext(); ) {
        GenericKubernetesResource o = it.next();
        Kinds.Kind kind = Kinds.of(o.getKind()).orElseThrow();
        GenericKubernetesResource live;
        try {
          live = Handles.resource(client, kind, o).get();
        } catch (KubernetesClientException e) {
          throw KubeErrors.of(e, plan, cluster.where(), "read " + Handles.describe(o));
        }
        Status s = live == null ? new Status(false, "not found") : status(live);
        if (!s.detail().equals(shown.put(Handles.describe(o), s.detail()))) progress.step("  " + Handles.describe(o) + ": " + s.detail());
        if (s.ready()) it.remove();
      }
      if (waiting.isEmpty()) return;
      if (System.nanoTime() >= deadline) {
        GenericKubernetesResource first = waiting.get(0);
        throw new ApplyException(Diagnostic.of(Code.E0708, plan.span(), Handles.describe(first) + " in " + cluster.where(), human(timeout))
            .hint("it stands at " + shown.get(Handles.describe(first)) + "; see why with `kubectl -n " + first.getMetadata().getNamespace()
                + " describe " + first.getKind().toLowerCase(Locale.ROOT) + " " + first.getMetadata().getName()
                + "`, or allow longer with `--timeout`. What was applied stays applied; rerunning continues from there").build());
      }
      try {
        Thread.sleep(poll.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  record Status(boolean ready, String detail) {}

  /** Ready as `kubectl rollout status` counts it: the controller saw the latest spec and every replica is updated and available. */
  static Status status(GenericKubernetesResource live) {
    if (live.getKind().equals("Rollout")) {
      String phase = text(live, "status", "phase").orElse("Progressing");
      return new Status(phase.equals("Healthy"), "phase " + phase);
    }
    long want = number(live, "spec", "replicas").orElse(1L);
    long generation = Optional.ofNullable(live.getMetadata().getGeneration()).orElse(0L);
    boolean seen = number(live, "status", "observedGeneration").orElse(0L) >= generation;
    long updated = number(live, "status", "updatedReplicas").orElse(0L);
    long ready = number(live, "status", live.getKind().equals("StatefulSet") ? "readyReplicas" : "availableReplicas").orElse(0L);
    return new Status(seen && updated >= want && ready >= want, ready + "/" + want + " ready, " + updated + "/" + want + " updated");
  }

  private static Optional<Object> at(GenericKubernetesResource o, String... path) {
    Object v = o.getAdditionalProperties().get(path[0]);
    for (int i = 1; i < path.length && v != null; i++) v = v instanceof Map<?, ?> m ? m.get(path[i]) : null;
    return Optional.ofNullable(v);
  }

  private static Optional<Long> number(GenericKubernetesResource o, String... path) {
    return at(o, path).filter(Number.class::isInstance).map(n -> ((Number) n).longValue());
  }

  private static Optional<String> text(GenericKubernetesResource o, String... path) { return at(o, path).map(String::valueOf); }

  static String human(Duration d) {
    return d.toSeconds() % 60 == 0 && d.toMinutes() > 0 ? d.toMinutes() + "m" : d.toSeconds() + "s";
  }
}
