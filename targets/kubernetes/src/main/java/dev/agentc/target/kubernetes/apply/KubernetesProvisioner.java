package dev.agentc.target.kubernetes.apply;

import dev.agentc.apply.ApplyOptions;
import dev.agentc.apply.Change;
import dev.agentc.apply.Deployment;
import dev.agentc.apply.PlanResult;
import dev.agentc.apply.Progress;
import dev.agentc.apply.Provisioner;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * `agentc plan`/`apply` for the kubernetes target, cluster by cluster (one per kube context of the
 * deploy's `clusters`): the CRDs the build needs are checked first, then every object is compared
 * with the cluster through a server-side apply dry run, applied as field manager `agentc` in the
 * build's order (namespaces first), what this deploy left behind is pruned with `--prune`, and
 * the workloads are waited for until ready.
 */
public final class KubernetesProvisioner implements Provisioner {
  private final Clusters clusters;
  private final ServerSideApply serverSideApply;
  private final Readiness readiness;

  public KubernetesProvisioner() { this(Clusters.KUBECONFIG, ServerSideApply.FABRIC8, new Readiness(Duration.ofSeconds(2))); }

  KubernetesProvisioner(Clusters clusters, ServerSideApply serverSideApply, Readiness readiness) {
    this.clusters = clusters;
    this.serverSideApply = serverSideApply;
    this.readiness = readiness;
  }

  @Override
  public String target() { return "kubernetes"; }

  /** One change and the object it is about. */
  private record Step(Change change, GenericKubernetesResource object) {}

  @Override
  public PlanResult plan(Deployment deployment, ApplyOptions options) {
    List<Change> changes = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    for (Desired cluster : desired(deployment, options)) {
      try (KubernetesClient client = clusters.connect(cluster.context(), deployment.plan(), options)) {
        steps(client, deployment.plan(), cluster, options, warnings).forEach(s -> changes.add(s.change()));
      }
    }
    return new PlanResult(deployment, changes, warnings);
  }

  @Override
  public PlanResult apply(Deployment deployment, ApplyOptions options, Progress progress) {
    Plan plan = deployment.plan();
    List<Change> done = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    for (Desired cluster : desired(deployment, options)) {
      try (KubernetesClient client = clusters.connect(cluster.context(), plan, options)) {
        List<GenericKubernetesResource> applied = new ArrayList<>();
        for (Step step : steps(client, plan, cluster, options, warnings)) {
          GenericKubernetesResource o = step.object();
          Kinds.Kind kind = Kinds.of(o.getKind()).orElseThrow();
          try {
            if (step.change().action() == Change.Action.DELETE) {
              Handles.resource(client, kind, o).delete();
            } else {
              serverSideApply.apply(client, kind, o, false, options.forceConflicts());
              applied.add(o);
            }
          } catch (KubernetesClientException e) {
            throw KubeErrors.of(e, plan, cluster.where(), (step.change().action() == Change.Action.DELETE ? "delete " : "apply ") + Handles.describe(o));
          }
          progress.step("  " + step.change().action().symbol() + " " + Handles.describe(o) + " " + step.change().action().done());
          done.add(step.change());
        }
        if (applied.stream().anyMatch(o -> Readiness.WORKLOAD_KINDS.contains(o.getKind()))) {
          progress.step("waiting for the workloads in " + cluster.where() + " to become ready (at most " + Readiness.human(options.timeout()) + ")");
          readiness.await(client, plan, cluster, applied, options.timeout(), progress);
        }
      }
    }
    return new PlanResult(deployment, done, warnings);
  }

  private static List<Desired> desired(Deployment deployment, ApplyOptions options) {
    return Desired.of(deployment.plan(), deployment.files(), options.secrets().require(deployment.plan()));
  }

  /** What it takes to bring one cluster to the build, in order: creates and updates in apply order, then deletions (with `--prune`). */
  private List<Step> steps(KubernetesClient client, Plan plan, Desired cluster, ApplyOptions options, List<Diagnostic> warnings) {
    Crds.require(client, plan, cluster);
    List<Step> out = new ArrayList<>();
    for (GenericKubernetesResource o : cluster.objects()) {
      Kinds.Kind kind = Kinds.of(o.getKind()).orElseThrow();
      try {
        GenericKubernetesResource live = Handles.resource(client, kind, o).get();
        if (live == null) {
          out.add(new Step(change(Change.Action.CREATE, cluster, o, List.of()), o));
          continue;
        }
        var fields = FieldDiff.of(live, serverSideApply.apply(client, kind, o, true, options.forceConflicts()));
        if (!fields.isEmpty()) out.add(new Step(change(Change.Action.UPDATE, cluster, o, fields), o));
      } catch (KubernetesClientException e) {
        throw KubeErrors.of(e, plan, cluster.where(), "apply " + Handles.describe(o));
      }
    }
    List<GenericKubernetesResource> left = Leftovers.of(client, plan, cluster);
    if (options.prune()) {
      left.forEach(o -> out.add(new Step(change(Change.Action.DELETE, cluster, o, List.of()), o)));
    } else if (!left.isEmpty()) {
      warnings.add(Diagnostic.of(Code.W0701, plan.span(), String.join(", ", left.stream().map(Handles::describe).toList()), cluster.where())
          .hint("rerun with `--prune` to delete " + (left.size() == 1 ? "it" : "them")).build());
    }
    return out;
  }

  private static Change change(Change.Action action, Desired cluster, GenericKubernetesResource o, List<Change.FieldChange> fields) {
    return new Change(action, cluster.where(), o.getKind(), Handles.name(o), fields);
  }
}
