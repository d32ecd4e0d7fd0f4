package dev.agentc.target.kubernetes;

import dev.agentc.ir.Exposure;
import dev.agentc.ir.RateLimit;
import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Public exposure through the Gateway API (reference §5.2): an `HTTPRoute` attached to the deploy's
 * `gateway`, for the exposed host and path prefix, to the workload's Service on port 80. TLS is
 * the Gateway listener's business; the route is the same either way. When Argo Rollouts shifts a
 * canary's traffic, the route lists the stable and canary Services, and the plugin moves the
 * weights.
 *
 * <p>`rate_limit` becomes an Envoy Gateway `BackendTrafficPolicy` on that route. The language's
 * limit is per client, so it is a global limit (Envoy Gateway's rate-limit service) keyed on each
 * distinct client address; a local limit could only count all clients together. Envoy's
 * fixed-window counters have no burst allowance, so `burst` is not enforced (a warning says so).
 */
final class Routes {
  static final String GATEWAY_API_VERSION = "gateway.networking.k8s.io/v1";

  private final Deploy deploy;
  private final Labels labels;
  private final Rollouts rollouts;

  Routes(Deploy deploy, Labels labels, Rollouts rollouts) {
    this.deploy = deploy;
    this.labels = labels;
    this.rollouts = rollouts;
  }

  /** Whether the workload gets an HTTPRoute: it is exposed and the deploy names a gateway. */
  static boolean routed(Workload w, Deploy deploy) { return w.expose().isPresent() && deploy.settings().gateway().isPresent(); }

  List<HasMetadata> of(Workload w) {
    List<HasMetadata> out = new ArrayList<>();
    if (!routed(w, deploy)) return out;
    out.add(route(w, w.expose().orElseThrow()));
    w.rateLimit().ifPresent(r -> out.add(rateLimit(w, r)));
    return out;
  }

  private HasMetadata route(Workload w, Exposure e) {
    List<Map<String, Object>> backends = new ArrayList<>();
    if (rollouts.trafficRouted(w)) {
      backends.add(Map.of("name", w.name(), "port", Services.PORT, "weight", 100));
      backends.add(Map.of("name", Services.canary(w), "port", Services.PORT, "weight", 0));
    } else {
      backends.add(Map.of("name", w.name(), "port", Services.PORT));
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("parentRefs", List.of(parentRef()));
    spec.put("hostnames", List.of(e.host()));
    spec.put("rules", List.of(Map.of("matches", List.of(Map.of("path", Map.of("type", "PathPrefix", "value", e.path()))), "backendRefs", backends)));
    return CustomResources.of(GATEWAY_API_VERSION, "HTTPRoute", labels.meta(w.name(), w.name()), spec);
  }

  /** `ns/name`, or `name` for a Gateway in the deploy's namespace. */
  private Map<String, Object> parentRef() {
    String gateway = deploy.settings().gateway().orElseThrow().value();
    int slash = gateway.indexOf('/');
    return slash < 0 ? Map.of("name", gateway) : Map.of("namespace", gateway.substring(0, slash), "name", gateway.substring(slash + 1));
  }

  private HasMetadata rateLimit(Workload w, RateLimit r) {
    Map<String, Object> rule = Map.of(
        "clientSelectors", List.of(Map.of("sourceCIDR", Map.of("type", "Distinct", "value", "0.0.0.0/0"))),
        "limit", Map.of("requests", r.requests(), "unit", r.unit()));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("targetRefs", List.of(Map.of("group", "gateway.networking.k8s.io", "kind", "HTTPRoute", "name", w.name())));
    spec.put("rateLimit", Map.of("type", "Global", "global", Map.of("rules", List.of(rule))));
    return CustomResources.of("gateway.envoyproxy.io/v1alpha1", "BackendTrafficPolicy", labels.meta(w.name(), w.name()), spec);
  }
}
