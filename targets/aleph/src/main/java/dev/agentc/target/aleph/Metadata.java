package dev.agentc.target.aleph;

import dev.agentc.ir.Names;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Workload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An instance's `metadata` (aleph.md §3.1: free-form, where deployment data belongs): its name,
 * the labels every agentc object carries (TARGETS.md: managed-by, name, part-of), and what
 * Kubernetes would say in annotations: role, region, replica, what Aleph does not enforce, the
 * secrets injected into a confidential VM at apply, and the budget.
 */
final class Metadata {
  private Metadata() {}

  static Map<String, Object> of(Plan plan, InstanceSpec spec, List<String> notEnforced, Map<String, String> secrets) {
    Workload w = spec.workload();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", spec.name());
    m.put("app.kubernetes.io/managed-by", "agentc");
    m.put("app.kubernetes.io/name", w.name());
    m.put("app.kubernetes.io/part-of", plan.dnsName());
    m.put("agentc.dev/role", Names.dns(w.role().name().toLowerCase(Locale.ROOT)));
    spec.slot().region().ifPresent(r -> m.put("agentc.dev/region", r.name()));
    m.put("agentc.dev/replica", Integer.toString(spec.replica()));
    if (!notEnforced.isEmpty()) m.put("agentc.dev/not-enforced", notEnforced);
    if (!secrets.isEmpty()) m.put("agentc.dev/secrets", secrets);
    w.budget().ifPresent(b -> m.put("agentc.dev/budget", b.monthly().toPlainString() + " " + b.currency() + "/month"));
    return m;
  }
}
