package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.agentc.ir.Plan;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argo Rollouts for canary and blue-green (with Gateway API traffic routing when exposed), a cautious Deployment otherwise. */
class RolloutTest {
  private static final String GATEWAY = "gateway = \"infra/gw\"";

  private static List<HasMetadata> objects(Path dir, String declarations, String kubernetes) {
    Plan plan = Projects.plan(dir, declarations, "a", kubernetes);
    assertEquals(List.of(), Projects.check(plan));
    return Kube.objects(Projects.yaml(plan));
  }

  @Test
  void rollingIsADeploymentThatSurgesOneAndNeverDropsOne(@TempDir Path dir) {
    Deployment d = Kube.one(objects(dir, "agent a { image = \"x:1\"  rollout { strategy = rolling } }", ""), "Deployment", "a", Deployment.class);
    assertEquals(new IntOrString(1), d.getSpec().getStrategy().getRollingUpdate().getMaxSurge());
    assertEquals(new IntOrString(0), d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable());
  }

  @Test
  @SuppressWarnings("unchecked")
  void anExposedCanaryShiftsTrafficThroughTheRoute(@TempDir Path dir) {
    List<HasMetadata> objects = objects(dir, """
        agent a {
          image = "x:1"
          rollout { strategy = canary  steps = [10%, 50%]  pause = 5m }
          expose { host = "a.example.com" }
        }
        """, "namespace = \"ns\"  " + GATEWAY);
    assertEquals(List.of(), Kube.ofKind(objects, "Deployment"), "the Rollout replaces the Deployment");
    Map<String, Object> canary = (Map<String, Object>) ((Map<String, Object>) Kube.spec(Kube.custom(objects, "Rollout", "a")).get("strategy")).get("canary");
    assertEquals("a", canary.get("stableService"));
    assertEquals("a-canary", canary.get("canaryService"));
    assertEquals(Map.of("plugins", Map.of("argoproj-labs/gatewayAPI", Map.of("httpRoute", "a", "namespace", "ns"))), canary.get("trafficRouting"));
    assertEquals(List.of(Map.of("setWeight", 10), Map.of("pause", Map.of("duration", "5m")), Map.of("setWeight", 50), Map.of("pause", Map.of("duration", "5m"))),
        canary.get("steps"));
    Kube.one(objects, "Service", "a-canary", Service.class);
    Map<String, Object> rule = ((List<Map<String, Object>>) Kube.spec(Kube.custom(objects, "HTTPRoute", "a")).get("rules")).get(0);
    assertEquals(List.of(Map.of("name", "a", "port", 80, "weight", 100), Map.of("name", "a-canary", "port", 80, "weight", 0)), rule.get("backendRefs"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCanaryWithoutARouteShiftsByReplicasAndWaitsForPromotion(@TempDir Path dir) {
    List<HasMetadata> objects = objects(dir, "agent a { image = \"x:1\"  rollout { strategy = canary  steps = [20%] } }", "");
    Map<String, Object> canary = (Map<String, Object>) ((Map<String, Object>) Kube.spec(Kube.custom(objects, "Rollout", "a")).get("strategy")).get("canary");
    assertFalse(canary.containsKey("trafficRouting"));
    assertEquals(List.of(Map.of("setWeight", 20), Map.of("pause", Map.of())), canary.get("steps"));
    assertEquals(1, Kube.ofKind(objects, "Service").size());
  }

  @Test
  @SuppressWarnings("unchecked")
  void blueGreenSwitchesTheActiveServiceAfterThePause(@TempDir Path dir) {
    List<HasMetadata> objects = objects(dir, "agent a { image = \"x:1\"  rollout { strategy = blue_green  pause = 30m } }", "");
    assertEquals(Map.of("blueGreen", Map.of("activeService", "a", "previewService", "a-preview", "autoPromotionSeconds", 1800)),
        Kube.spec(Kube.custom(objects, "Rollout", "a")).get("strategy"));
    Kube.one(objects, "Service", "a-preview", Service.class);
  }
}
