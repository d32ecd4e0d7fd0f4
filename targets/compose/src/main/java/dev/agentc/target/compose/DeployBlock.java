package dev.agentc.target.compose;

import dev.agentc.ir.Memory;
import dev.agentc.ir.Resources;
import dev.agentc.ir.Role;
import dev.agentc.ir.Workload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's `deploy:` block: replicas, cpu and memory limits, and GPUs as a device reservation
 * (`driver` = the GPU's vendor, `capabilities: [gpu]`), the one GPU form docker-compose 1.29 and
 * Compose v2 both accept. Memory is written in docker-compose's own units (`8g`, `512m`): it does
 * not read Kubernetes' `Gi`.
 */
final class DeployBlock {
  private static final long KI = 1L << 10;
  private static final long MI = 1L << 20;
  private static final long GI = 1L << 30;

  private DeployBlock() {}

  /**
   * The replicas Compose runs: the minimum of an autoscaled range; one for a store, whose
   * replicas would all share its one volume.
   */
  static int replicas(Workload w) { return w.role() == Role.STORE ? 1 : w.scaling().min(); }

  static Map<String, Object> of(Workload w) {
    Map<String, Object> deploy = new LinkedHashMap<>();
    deploy.put("replicas", replicas(w));
    Resources r = w.resources();
    Map<String, Object> limits = new LinkedHashMap<>();
    r.cpu().ifPresent(c -> limits.put("cpus", c.value().stripTrailingZeros().toPlainString()));
    r.memory().ifPresent(m -> limits.put("memory", memory(m)));
    Map<String, Object> resources = new LinkedHashMap<>();
    if (!limits.isEmpty()) resources.put("limits", limits);
    r.gpu().ifPresent(g -> {
      Map<String, Object> device = new LinkedHashMap<>();
      device.put("driver", g.gpu().vendor());
      device.put("count", g.count());
      device.put("capabilities", List.of("gpu"));
      resources.put("reservations", Map.of("devices", List.of(device)));
    });
    if (!resources.isEmpty()) deploy.put("resources", resources);
    return deploy;
  }

  static String memory(Memory m) {
    long b = m.bytes();
    if (b % GI == 0) return b / GI + "g";
    if (b % MI == 0) return b / MI + "m";
    if (b % KI == 0) return b / KI + "k";
    return Long.toString(b);
  }
}
