package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.agentc.ir.Plan;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixed replicas, an HPA for cpu and memory, KEDA for everything else, and disruption budgets from two replicas. */
class ScalingTest {
  private static List<HasMetadata> objects(Path dir, String declarations, String kubernetes) {
    Plan plan = Projects.plan(dir, declarations, "a", kubernetes);
    assertEquals(List.of(), Projects.check(plan));
    return Kube.objects(Projects.yaml(plan));
  }

  @Test
  void fixedReplicasAreTheDeploymentsAndOneReplicaGetsNoBudget(@TempDir Path dir) {
    List<HasMetadata> objects = objects(dir, "agent a { image = \"x:1\"  scale { replicas = 1 } }", "");
    assertEquals(1, Kube.one(objects, "Deployment", "a", Deployment.class).getSpec().getReplicas());
    assertEquals(List.of(), Kube.ofKind(objects, "HorizontalPodAutoscaler"));
    assertEquals(List.of(), Kube.ofKind(objects, "PodDisruptionBudget"));
  }

  @Test
  void cpuAndMemoryTriggersMakeAnHpaThatOwnsReplicas(@TempDir Path dir) {
    List<HasMetadata> objects = objects(dir,
        "agent a { image = \"x:1\"  scale { replicas = 2..6  on = [cpu(65%), memory(80%)]  step = 3  cooldown = 10m } }", "");
    assertNull(Kube.one(objects, "Deployment", "a", Deployment.class).getSpec().getReplicas());
    HorizontalPodAutoscaler hpa = Kube.one(objects, "HorizontalPodAutoscaler", "a", HorizontalPodAutoscaler.class);
    assertEquals(List.of(2, 6), List.of(hpa.getSpec().getMinReplicas(), hpa.getSpec().getMaxReplicas()));
    assertEquals(List.of("cpu", "memory"), hpa.getSpec().getMetrics().stream().map(m -> m.getResource().getName()).toList());
    assertEquals(65, hpa.getSpec().getMetrics().get(0).getResource().getTarget().getAverageUtilization());
    assertEquals(3, hpa.getSpec().getBehavior().getScaleUp().getPolicies().get(0).getValue());
    assertEquals("Pods", hpa.getSpec().getBehavior().getScaleUp().getPolicies().get(0).getType());
    assertEquals(600, hpa.getSpec().getBehavior().getScaleDown().getStabilizationWindowSeconds());
    assertEquals(1, Kube.ofKind(objects, "PodDisruptionBudget").size(), "two replicas or more get a disruption budget");
    assertEquals(List.of(), Kube.ofKind(objects, "ScaledObject"));
  }

  @Test
  void aRangeWithoutTriggersScalesOnCpu(@TempDir Path dir) {
    HorizontalPodAutoscaler hpa = Kube.one(objects(dir, "agent a { image = \"x:1\"  scale { replicas = 1..3 } }", ""),
        "HorizontalPodAutoscaler", "a", HorizontalPodAutoscaler.class);
    assertEquals(Scalers.DEFAULT_CPU_PERCENT, hpa.getSpec().getMetrics().get(0).getResource().getTarget().getAverageUtilization());
  }

  @Test
  @SuppressWarnings("unchecked")
  void rpsQueueAndCronTriggersMakeAScaledObjectThatCpuJoins(@TempDir Path dir) {
    List<HasMetadata> objects = objects(dir, """
        store q { engine = redis }
        agent a {
          image = "x:1"
          stores = [q]
          scale { replicas = 0..9  on = [rps(50), queue(q, "jobs", 7), cron("0 9 * * *", 3), cpu(70%)] }
        }
        """, "namespace = \"ns\"  prometheus = \"http://prom:9090\"");
    assertEquals(List.of(), Kube.ofKind(objects, "HorizontalPodAutoscaler"), "KEDA makes its own HPA");
    Map<String, Object> spec = Kube.spec(Kube.custom(objects, "ScaledObject", "a"));
    assertEquals(0, spec.get("minReplicaCount"), "always explicit: KEDA's default is 0 too, but a reader should not need to know");
    assertEquals(9, spec.get("maxReplicaCount"));
    List<Map<String, Object>> triggers = (List<Map<String, Object>>) spec.get("triggers");
    assertEquals(List.of("prometheus", "redis", "cron", "cpu"), triggers.stream().map(t -> t.get("type")).toList());
    assertEquals(Map.of("serverAddress", "http://prom:9090", "threshold", "50",
        "query", "sum(rate(http_requests_total{namespace=\"ns\",service=\"a\"}[2m]))"), triggers.get(0).get("metadata"));
    assertEquals(Map.of("address", "q.ns.svc:6379", "listName", "jobs", "listLength", "7"), triggers.get(1).get("metadata"));
    assertEquals(Map.of("timezone", "Etc/UTC", "start", "0 9 * * *", "end", "0 10 * * *", "desiredReplicas", "3"), triggers.get(2).get("metadata"));
    assertEquals("Utilization", triggers.get(3).get("metricType"));
    assertNull(Kube.one(objects, "Deployment", "a", Deployment.class).getSpec().getReplicas());
  }
}
