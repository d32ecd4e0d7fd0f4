package dev.agentc.target.kubernetes;

import dev.agentc.ir.Role;
import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategyBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpecBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The object that runs a workload's pods: a StatefulSet with a volume per replica for a store,
 * an Argo `Rollout` for a canary or blue-green rollout, a Deployment otherwise. Deployments roll
 * one new pod in before taking an old one out (maxSurge 1, maxUnavailable 0). `replicas` is left
 * out when an autoscaler owns it. Each part is made once and set on the object that holds it (see
 * {@link PodTemplates}): fabric8's builders copy every nested object they are given, and the
 * template is most of the object. What every workload has is made by its constructor.
 */
final class Controllers {
  /** A store's volume when it declares no `size`. */
  static final Quantity DEFAULT_STORE_SIZE = new Quantity("1Gi");
  /** One new pod in before an old one goes out; shared by every Deployment, as built objects are only read. */
  private static final DeploymentStrategy ROLLING_UPDATE = new DeploymentStrategyBuilder().withType("RollingUpdate")
      .withNewRollingUpdate().withMaxSurge(new IntOrString(1)).withMaxUnavailable(new IntOrString(0)).endRollingUpdate().build();

  private final Labels labels;
  private final PodTemplates pods;
  private final Rollouts rollouts;

  Controllers(Labels labels, PodTemplates pods, Rollouts rollouts) {
    this.labels = labels;
    this.pods = pods;
    this.rollouts = rollouts;
  }

  HasMetadata of(Workload w) {
    PodTemplateSpec template = pods.of(w);
    Integer replicas = w.scaling().autoscales() ? null : w.scaling().min();
    if (w.role() == Role.STORE) return statefulSet(w, template, replicas);
    if (rollouts.argo(w)) return rollouts.rollout(w, template, replicas);
    DeploymentSpec spec = new DeploymentSpec();
    spec.setReplicas(replicas);
    spec.setSelector(labels.podSelector(w.name()));
    spec.setStrategy(ROLLING_UPDATE);
    spec.setTemplate(template);
    Deployment deployment = labels.named(new Deployment(), w.name(), w.name());
    deployment.setSpec(spec);
    return deployment;
  }

  private HasMetadata statefulSet(Workload w, PodTemplateSpec template, Integer replicas) {
    Quantity size = w.storage().flatMap(s -> s.size()).map(m -> new Quantity(m.kubernetes())).orElse(DEFAULT_STORE_SIZE);
    PersistentVolumeClaimSpec claimSpec = new PersistentVolumeClaimSpecBuilder().withAccessModes("ReadWriteOnce").build();
    claimSpec.setResources(new VolumeResourceRequirementsBuilder().addToRequests("storage", size).build());
    ObjectMeta claimMeta = labels.labelled(w.name());
    claimMeta.setName(PodTemplates.DATA);
    PersistentVolumeClaim claim = new PersistentVolumeClaimBuilder().build();
    claim.setMetadata(claimMeta);
    claim.setSpec(claimSpec);
    StatefulSetSpec spec = new StatefulSetSpecBuilder().withServiceName(w.name()).withReplicas(replicas).build();
    spec.setSelector(labels.podSelector(w.name()));
    spec.setVolumeClaimTemplates(new ArrayList<>(List.of(claim)));
    spec.setTemplate(template);
    StatefulSet set = labels.named(new StatefulSetBuilder().build(), w.name(), w.name());
    set.setSpec(spec);
    return set;
  }
}
