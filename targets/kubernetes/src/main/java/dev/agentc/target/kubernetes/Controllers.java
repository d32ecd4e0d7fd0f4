package dev.agentc.target.kubernetes;

import dev.agentc.ir.Role;
import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;

/**
 * The object that runs a workload's pods: a StatefulSet with a volume per replica for a store,
 * an Argo `Rollout` for a canary or blue-green rollout, a Deployment otherwise. Deployments roll
 * one new pod in before taking an old one out (maxSurge 1, maxUnavailable 0). `replicas` is left
 * out when an autoscaler owns it. The pod template is attached after the builder has built the
 * rest (the metadata too, see {@link Labels#named}): fabric8's builders copy every nested object
 * they are given, and the template is most of the object.
 */
final class Controllers {
  /** A store's volume when it declares no `size`. */
  static final Quantity DEFAULT_STORE_SIZE = new Quantity("1Gi");

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
    Deployment deployment = labels.named(new DeploymentBuilder().withNewSpec()
        .withReplicas(replicas)
        .withNewSelector().withMatchLabels(Labels.selector(w.name())).endSelector()
        .withNewStrategy().withType("RollingUpdate").withNewRollingUpdate().withMaxSurge(new IntOrString(1)).withMaxUnavailable(new IntOrString(0))
        .endRollingUpdate().endStrategy()
        .endSpec().build(), w.name(), w.name());
    deployment.getSpec().setTemplate(template);
    return deployment;
  }

  private HasMetadata statefulSet(Workload w, PodTemplateSpec template, Integer replicas) {
    Quantity size = w.storage().flatMap(s -> s.size()).map(m -> new Quantity(m.kubernetes())).orElse(DEFAULT_STORE_SIZE);
    StatefulSet set = labels.named(new StatefulSetBuilder().withNewSpec()
        .withServiceName(w.name())
        .withReplicas(replicas)
        .withNewSelector().withMatchLabels(Labels.selector(w.name())).endSelector()
        .withVolumeClaimTemplates(new PersistentVolumeClaimBuilder()
            .withMetadata(new ObjectMetaBuilder().withName(PodTemplates.DATA).withLabels(labels.of(w.name())).build())
            .withNewSpec().withAccessModes("ReadWriteOnce").withNewResources().addToRequests("storage", size).endResources().endSpec().build())
        .endSpec().build(), w.name(), w.name());
    set.getSpec().setTemplate(template);
    return set;
  }
}
