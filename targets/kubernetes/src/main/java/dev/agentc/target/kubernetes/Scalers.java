package dev.agentc.target.kubernetes;

import dev.agentc.ir.Scaling;
import dev.agentc.ir.Scaling.Trigger;
import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingPolicyBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRules;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HPAScalingRulesBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehaviorBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpecBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What changes a workload's replicas (reference §2). Only cpu and memory triggers, or a range with
 * no trigger (which scales on CPU at {@value #DEFAULT_CPU_PERCENT}%), make an `autoscaling/v2` HPA.
 * Any rps, queue or cron trigger makes a KEDA ScaledObject instead, with the cpu and memory
 * triggers joining it — never both for one workload. `step` caps how many pods are added per
 * {@value #STEP_PERIOD_SECONDS} s; `cooldown` is the scale-down stabilization window.
 */
final class Scalers {
  static final int DEFAULT_CPU_PERCENT = 80;
  static final int STEP_PERIOD_SECONDS = 60;
  /** The window of the rps query: long enough to smooth bursts, short enough to follow a ramp. */
  static final String RPS_WINDOW = "2m";
  /** KEDA cron triggers need a time zone; schedules are UTC. */
  static final String CRON_TIME_ZONE = "Etc/UTC";

  private final Deploy deploy;
  private final Labels labels;
  private final Rollouts rollouts;
  /** The behavior of each distinct step and cooldown, built once: a deploy's workloads mostly share them. */
  private final Map<Pace, Optional<HorizontalPodAutoscalerBehavior>> behaviors = new ConcurrentHashMap<>();

  // equals and hashCode written out: a record's own run through method handles, slow in agentc's C1-only JVM.
  private record Pace(Optional<Integer> step, Optional<Long> cooldownMs) {
    @Override
    public boolean equals(Object o) { return o instanceof Pace p && p.step.equals(step) && p.cooldownMs.equals(cooldownMs); }

    @Override
    public int hashCode() { return step.hashCode() * 31 + cooldownMs.hashCode(); }
  }

  Scalers(Deploy deploy, Labels labels, Rollouts rollouts) {
    this.deploy = deploy;
    this.labels = labels;
    this.rollouts = rollouts;
  }

  Optional<HasMetadata> of(Workload w) {
    Scaling s = w.scaling();
    if (!s.autoscales()) return Optional.empty();
    return Optional.of(s.eventDriven() ? scaledObject(w) : hpa(w));
  }

  private HasMetadata hpa(Workload w) {
    Scaling s = w.scaling();
    List<MetricSpec> metrics = new ArrayList<>();
    for (Trigger t : s.triggers()) {
      switch (t) {
        case Trigger.Cpu c -> metrics.add(resource("cpu", c.percent()));
        case Trigger.Memory m -> metrics.add(resource("memory", m.percent()));
        default -> throw new IllegalStateException("an HPA takes only cpu and memory triggers");
      }
    }
    if (metrics.isEmpty()) metrics.add(resource("cpu", DEFAULT_CPU_PERCENT));
    return labels.named(new HorizontalPodAutoscalerBuilder().withNewSpec()
        .withNewScaleTargetRef().withApiVersion(targetApiVersion(w)).withKind(targetKind(w)).withName(w.name()).endScaleTargetRef()
        .withMinReplicas(s.min()).withMaxReplicas(s.max())
        .withMetrics(metrics)
        .withBehavior(behavior(s).orElse(null))
        .endSpec().build(), w.name(), w.name());
  }

  private static MetricSpec resource(String name, int percent) {
    return new MetricSpecBuilder().withType("Resource").withNewResource().withName(name)
        .withNewTarget().withType("Utilization").withAverageUtilization(percent).endTarget().endResource().build();
  }

  private Optional<HorizontalPodAutoscalerBehavior> behavior(Scaling s) {
    return SharedParts.get(behaviors, new Pace(s.step(), s.cooldownMs()), Scalers::newBehavior);
  }

  /** Each part is built once and set on the built object that holds it: a builder would copy it (see PodTemplates). */
  private static Optional<HorizontalPodAutoscalerBehavior> newBehavior(Pace pace) {
    if (pace.step().isEmpty() && pace.cooldownMs().isEmpty()) return Optional.empty();
    HorizontalPodAutoscalerBehavior behavior = new HorizontalPodAutoscalerBehaviorBuilder().build();
    pace.step().ifPresent(step -> {
      HPAScalingRules up = new HPAScalingRulesBuilder().build();
      up.setPolicies(new ArrayList<>(List.of(new HPAScalingPolicyBuilder().withType("Pods").withValue(step).withPeriodSeconds(STEP_PERIOD_SECONDS)
          .build())));
      behavior.setScaleUp(up);
    });
    pace.cooldownMs().ifPresent(ms -> behavior.setScaleDown(new HPAScalingRulesBuilder().withStabilizationWindowSeconds(Quantities.seconds(ms)).build()));
    return Optional.of(behavior);
  }

  private HasMetadata scaledObject(Workload w) {
    Scaling s = w.scaling();
    // Sorted maps here and in trigger: the writer sorts every map by key, and takes a sorted one as it is rather than copying it.
    Map<String, Object> spec = new TreeMap<>();
    spec.put("scaleTargetRef", Map.of("apiVersion", targetApiVersion(w), "kind", targetKind(w), "name", w.name()));
    spec.put("minReplicaCount", s.min());
    spec.put("maxReplicaCount", s.max());
    // KEDA's cooldownPeriod only governs the step from one replica to zero.
    if (s.min() == 0) s.cooldownMs().ifPresent(ms -> spec.put("cooldownPeriod", Quantities.seconds(ms)));
    behavior(s).ifPresent(b -> spec.put("advanced", Map.of("horizontalPodAutoscalerConfig", Map.of("behavior", b))));
    spec.put("triggers", s.triggers().stream().map(t -> trigger(w, t)).toList());
    return CustomResources.of("keda.sh/v1alpha1", "ScaledObject", labels.meta(w.name(), w.name()), spec);
  }

  /** One KEDA trigger; every metadata value is a string. */
  private Map<String, Object> trigger(Workload w, Trigger t) {
    Map<String, Object> trigger = new TreeMap<>();
    Map<String, String> metadata = new TreeMap<>();
    switch (t) {
      case Trigger.Cpu c -> utilization(trigger, metadata, "cpu", c.percent());
      case Trigger.Memory m -> utilization(trigger, metadata, "memory", m.percent());
      case Trigger.Rps r -> {
        trigger.put("type", "prometheus");
        metadata.put("serverAddress", deploy.settings().prometheus().orElseThrow());
        metadata.put("query", "sum(rate(http_requests_total{namespace=\"" + deploy.namespace() + "\",service=\"" + w.name() + "\"}[" + RPS_WINDOW + "]))");
        metadata.put("threshold", Long.toString(r.perReplica()));
      }
      case Trigger.Queue q when q.engine().equals("rabbitmq") -> {
        trigger.put("type", "rabbitmq");
        metadata.put("host", "amqp://" + host(q));
        metadata.put("protocol", "amqp");
        metadata.put("queueName", q.queue());
        metadata.put("mode", "QueueLength");
        metadata.put("value", Long.toString(q.perReplica()));
      }
      case Trigger.Queue q -> {
        trigger.put("type", "redis");
        metadata.put("address", host(q));
        metadata.put("listName", q.queue());
        metadata.put("listLength", Long.toString(q.perReplica()));
      }
      case Trigger.Cron c -> {
        trigger.put("type", "cron");
        metadata.put("timezone", CRON_TIME_ZONE);
        metadata.put("start", c.schedule());
        metadata.put("end", CronWindow.end(c.schedule()).orElseThrow());
        metadata.put("desiredReplicas", Integer.toString(c.replicas()));
      }
    }
    trigger.put("metadata", metadata);
    return trigger;
  }

  private static void utilization(Map<String, Object> trigger, Map<String, String> metadata, String type, int percent) {
    trigger.put("type", type);
    trigger.put("metricType", "Utilization");
    metadata.put("value", Integer.toString(percent));
  }

  /** A store's address as KEDA's operator sees it: it runs in its own namespace, so the name is qualified. */
  private String host(Trigger.Queue q) { return q.store() + "." + deploy.namespace() + ".svc:" + q.port(); }

  private String targetApiVersion(Workload w) { return rollouts.argo(w) ? Rollouts.API_VERSION : "apps/v1"; }

  private String targetKind(Workload w) { return rollouts.argo(w) ? Rollouts.KIND : "Deployment"; }
}
