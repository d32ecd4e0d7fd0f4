package dev.agentc.target.kubernetes.apply;

import dev.agentc.apply.ApplyException;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Before anything is applied: the custom resource definitions the build needs (KEDA, Argo, Gateway API …) are in the cluster. */
final class Crds {
  private Crds() {}

  static void require(KubernetesClient client, Plan plan, Desired cluster) {
    Set<Kinds.Kind> needed = new LinkedHashSet<>();
    for (GenericKubernetesResource o : cluster.objects()) Kinds.of(o.getKind()).filter(k -> k.install().isPresent()).ifPresent(needed::add);
    List<Kinds.Kind> missing = new ArrayList<>();
    for (Kinds.Kind k : needed) {
      try {
        if (client.apiextensions().v1().customResourceDefinitions().withName(k.crdName()).get() == null) missing.add(k);
      } catch (KubernetesClientException e) {
        // Reading CRDs is cluster-wide and often not allowed: then the apply itself tells.
        if (e.getCode() != 403) throw KubeErrors.of(e, plan, cluster.where(), "read CustomResourceDefinition " + k.crdName());
      }
    }
    if (missing.isEmpty()) return;
    throw new ApplyException(Diagnostic.of(Code.E0705, plan.span(), cluster.where(),
            String.join(", ", missing.stream().map(k -> "`" + k.crdName() + "` (" + k.name() + ")").toList()))
        .hint("install " + String.join("; ", missing.stream().map(k -> k.install().orElseThrow()).distinct().toList())
            + "; then rerun. Nothing was applied.").build());
  }
}
