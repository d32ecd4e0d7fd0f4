package dev.agentc.target.compose;

import dev.agentc.ir.Container;
import dev.agentc.ir.Egress;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Workload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One workload as a Compose service, keys in a fixed order: image, entrypoint (the IR's command,
 * which replaces the image's), command (its args), environment, secrets, ports or expose,
 * volumes, healthcheck, depends_on, deploy, restart, labels, and `x-agentc` naming the
 * declaration it comes from.
 */
final class Services {
  private Services() {}

  static Map<String, Object> of(Plan plan, Workload w) {
    Container c = w.container();
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("image", c.image().value());
    if (!c.command().isEmpty()) s.put("entrypoint", c.command());
    if (!c.args().isEmpty()) s.put("command", c.args());
    Environment env = Environment.of(plan, w);
    if (!env.entries().isEmpty()) s.put("environment", env.mapping());
    if (!env.secrets().isEmpty()) s.put("secrets", List.copyOf(env.secrets()));
    Ports.published(w).ifPresentOrElse(p -> s.put("ports", List.of(p.spec())),
        () -> c.port().ifPresent(p -> s.put("expose", List.of(Integer.toString(p.number())))));
    w.storage().ifPresent(st -> s.put("volumes", List.of(ComposeNames.volume(w) + ":" + st.dataPath())));
    Healthchecks.of(w).ifPresent(h -> s.put("healthcheck", h));
    Map<String, Object> dependsOn = dependsOn(plan, w);
    if (!dependsOn.isEmpty()) s.put("depends_on", dependsOn);
    s.put("deploy", DeployBlock.of(w));
    s.put("restart", "unless-stopped");
    s.put("labels", Labels.service(plan, w));
    s.put("x-agentc", Map.of("declaration", w.id()));
    return s;
  }

  /**
   * The stores, model servers and swarm members the workload talks to, sorted: each waits until
   * healthy when it has a healthcheck, else until started.
   */
  private static Map<String, Object> dependsOn(Plan plan, Workload w) {
    Map<String, Object> out = new TreeMap<>();
    for (Egress.Peer peer : w.egress().peers()) {
      plan.workload(peer.workload()).filter(p -> !p.name().equals(w.name())).ifPresent(p ->
          out.put(p.name(), Map.of("condition", Healthchecks.present(p) ? "service_healthy" : "service_started")));
    }
    return out;
  }
}
