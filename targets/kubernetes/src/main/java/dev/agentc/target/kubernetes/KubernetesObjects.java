package dev.agentc.target.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;

/**
 * The Kubernetes target's objects before they become YAML, for targets that create the same
 * cluster state another way (Pulumi). Built from the plan alone, exactly as {@link KubernetesTarget}
 * builds them, so the two cannot drift apart.
 */
public final class KubernetesObjects {
  private KubernetesObjects() {}

  /**
   * One cluster: the name of its file, its kube context (empty for the deploy's one default
   * cluster), the workloads placed in it and its objects in apply order.
   */
  public record Cluster(String name, String context, List<Workload> workloads, List<HasMetadata> objects) {
    public Cluster {
      workloads = List.copyOf(workloads);
      objects = List.copyOf(objects);
    }
  }

  /** What the Kubernetes target reports about the plan; objects are built only for a plan without errors. */
  public static List<Diagnostic> check(Plan plan) { return new Checks(Deploy.of(plan)).run(); }

  /** The objects of every cluster, clusters sorted by file name. The plan must have `kubernetes` settings. */
  public static List<Cluster> of(Plan plan) {
    Manifests manifests = new Manifests(Deploy.of(plan));
    return ClusterFiles.of(plan).stream().map(f -> new Cluster(f.name(), f.context(), f.workloads(), manifests.objects(f.workloads()))).toList();
  }

  /** Metadata for the deploy's Secret (`<deploy>-secrets`), labelled like the Namespace. */
  public static ObjectMeta secretMetadata(Plan plan) { return new Labels(Deploy.of(plan)).meta(plan.secretObjectName(), plan.dnsName()); }

  /** An object as the JSON tree its YAML document is written from: no null fields, map entries sorted. */
  public static JsonNode tree(HasMetadata object) { return ManifestWriter.tree(object); }
}
