package dev.agentc.target.compose;

import dev.agentc.ir.Plan;
import dev.agentc.ir.Role;
import dev.agentc.ir.Workload;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels of services and volumes: the `app.kubernetes.io/*` set every target writes, and on
 * services the cost labels `team` (the module that declares the deploy), `env` (the deploy) and
 * `app` (the workload).
 */
final class Labels {
  private Labels() {}

  static Map<String, Object> service(Plan plan, Workload w) {
    Map<String, Object> out = common(plan, w.name());
    out.put("app.kubernetes.io/component", component(w.role()));
    out.put("team", plan.team());
    out.put("env", plan.dnsName());
    out.put("app", w.name());
    return out;
  }

  static Map<String, Object> volume(Plan plan, Workload store) { return common(plan, store.name()); }

  private static Map<String, Object> common(Plan plan, String name) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("app.kubernetes.io/managed-by", "agentc");
    out.put("app.kubernetes.io/name", name);
    out.put("app.kubernetes.io/part-of", plan.dnsName());
    return out;
  }

  static String component(Role role) {
    return switch (role) {
      case SERVICE -> "agent";
      case WORKER -> "worker";
      case MODEL_SERVER -> "model-server";
      case ROUTER -> "router";
      case STORE -> "store";
    };
  }
}
