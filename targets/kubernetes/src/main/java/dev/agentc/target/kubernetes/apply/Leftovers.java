package dev.agentc.target.kubernetes.apply;

import dev.agentc.ir.Plan;
import dev.agentc.target.kubernetes.Labels;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Objects in a cluster labelled as made by agentc for this deploy (`app.kubernetes.io/managed-by:
 * agentc`, `app.kubernetes.io/part-of: <deploy>`) that the build no longer holds: what `--prune`
 * deletes, last-applied first.
 */
final class Leftovers {
  private Leftovers() {}

  static List<GenericKubernetesResource> of(KubernetesClient client, Plan plan, Desired cluster) {
    Set<String> wanted = new HashSet<>();
    cluster.objects().forEach(o -> wanted.add(key(o)));
    Map<String, String> labels = Map.of(Labels.MANAGED_BY, "agentc", Labels.PART_OF, plan.dnsName());
    List<GenericKubernetesResource> out = new ArrayList<>();
    for (Kinds.Kind kind : Kinds.all()) {
      List<GenericKubernetesResource> found;
      try {
        found = list(client, kind, labels, plan);
      } catch (KubernetesClientException e) {
        if (e.getCode() == 404) continue; // the kind's CRD is not installed, so nothing of it is left
        throw KubeErrors.of(e, plan, cluster.where(), "list " + kind.plural());
      }
      for (GenericKubernetesResource o : found) {
        o.setKind(kind.name());
        o.setApiVersion(kind.apiVersion());
        if (!wanted.contains(key(o))) out.add(o);
      }
    }
    return out.reversed();
  }

  /** In every namespace (a deploy whose namespace changed left the old one behind), else in the deploy's own when that is all agentc may list. */
  private static List<GenericKubernetesResource> list(KubernetesClient client, Kinds.Kind kind, Map<String, String> labels, Plan plan) {
    var all = client.genericKubernetesResources(kind.context());
    if (!kind.namespaced()) return all.withLabels(labels).list().getItems();
    try {
      return all.inAnyNamespace().withLabels(labels).list().getItems();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 403) throw e;
      return all.inNamespace(Desired.namespace(plan)).withLabels(labels).list().getItems();
    }
  }

  static String key(GenericKubernetesResource o) {
    return o.getKind() + "/" + o.getMetadata().getNamespace() + "/" + o.getMetadata().getName();
  }
}
