package dev.agentc.target.kubernetes;

import dev.agentc.ir.Rollout;
import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Canary and blue-green rollouts as an Argo Rollouts `Rollout` (reference §5.6), which replaces
 * the workload's Deployment. A canary of an exposed workload shifts traffic through the Gateway
 * API plugin (`argoproj-labs/gatewayAPI`, which patches the HTTPRoute's backend weights); a canary
 * with no route shifts it by replica ratio. Each step sets a weight, then pauses for `pause` —
 * or, with no `pause`, until someone promotes it, so nothing reaches everyone unwatched. Blue-green
 * switches the active Service after `pause`, or on promotion when no `pause` is given.
 */
final class Rollouts {
  static final String API_VERSION = "argoproj.io/v1alpha1";
  static final String KIND = "Rollout";
  static final String GATEWAY_PLUGIN = "argoproj-labs/gatewayAPI";

  private final Deploy deploy;
  private final Labels labels;

  Rollouts(Deploy deploy, Labels labels) {
    this.deploy = deploy;
    this.labels = labels;
  }

  Rollout.Strategy strategy(Workload w) { return w.rollout().map(Rollout::strategy).orElse(Rollout.Strategy.ROLLING); }

  /** Whether the workload is an Argo `Rollout` rather than a Deployment. */
  boolean argo(Workload w) { return deploy.argo() && strategy(w) != Rollout.Strategy.ROLLING; }

  /** Whether a canary's traffic moves through the HTTPRoute (it needs one), rather than by replica ratio. */
  boolean trafficRouted(Workload w) { return argo(w) && strategy(w) == Rollout.Strategy.CANARY && Routes.routed(w, deploy); }

  GenericKubernetesResource rollout(Workload w, PodTemplateSpec template, Integer replicas) {
    Map<String, Object> spec = new LinkedHashMap<>();
    if (replicas != null) spec.put("replicas", replicas);
    spec.put("selector", labels.podSelector(w.name()));
    spec.put("template", template);
    spec.put("strategy", strategy(w) == Rollout.Strategy.CANARY ? Map.of("canary", canary(w)) : Map.of("blueGreen", blueGreen(w)));
    return CustomResources.of(API_VERSION, KIND, labels.meta(w.name(), w.name()), spec);
  }

  private Map<String, Object> canary(Workload w) {
    Rollout r = w.rollout().orElseThrow();
    Map<String, Object> canary = new LinkedHashMap<>();
    if (trafficRouted(w)) {
      canary.put("stableService", w.name());
      canary.put("canaryService", Services.canary(w));
      canary.put("trafficRouting", Map.of("plugins", Map.of(GATEWAY_PLUGIN, Map.of("httpRoute", w.name(), "namespace", deploy.namespace()))));
    }
    List<Map<String, Object>> steps = new ArrayList<>();
    for (int weight : r.steps()) {
      steps.add(Map.of("setWeight", weight));
      steps.add(Map.of("pause", r.pauseMs().<Map<String, Object>>map(ms -> Map.of("duration", Quantities.duration(ms))).orElse(Map.of())));
    }
    canary.put("steps", steps);
    return canary;
  }

  private Map<String, Object> blueGreen(Workload w) {
    Rollout r = w.rollout().orElseThrow();
    Map<String, Object> blueGreen = new LinkedHashMap<>();
    blueGreen.put("activeService", w.name());
    blueGreen.put("previewService", Services.preview(w));
    r.pauseMs().ifPresentOrElse(ms -> blueGreen.put("autoPromotionSeconds", Quantities.seconds(ms)), () -> blueGreen.put("autoPromotionEnabled", false));
    return blueGreen;
  }
}
