package dev.agentc.target.kubernetes;

import dev.agentc.ir.Container.Probe;
import dev.agentc.ir.EnvVar;
import dev.agentc.ir.Role;
import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.AffinityBuilder;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.CapabilitiesBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pod of a workload: its one container (image, command, port, environment, probes,
 * resources) and the pod settings around it (service account, security, node selection, TEE).
 *
 * <p>Security: pods never mount a service-account token and never get service-link variables;
 * containers cannot escalate privileges. Agents and the router run as non-root with every
 * capability dropped. The pinned engine images of model servers (vLLM, TGI, Ollama) and stores
 * run as root, so they are not marked `runAsNonRoot` (the kubelet would refuse them); stores keep
 * only the capabilities their entrypoints need to hand the data volume to the engine's user.
 */
final class PodTemplates {
  /** The name of an agent's, router's or model server's port, which Services and probes use. */
  static final String HTTP = "http";
  /** The volume of a store's data (the StatefulSet's claim template). */
  static final String DATA = "data";
  /** Startup probe of a slow starter (model download and load): 10 s × 180 = 30 minutes. */
  static final int STARTUP_PERIOD_SECONDS = 10;
  static final int STARTUP_FAILURES = 180;
  private static final Capabilities ENGINE_CAPABILITIES = new CapabilitiesBuilder().withDrop("ALL")
      .withAdd("CHOWN", "DAC_OVERRIDE", "FOWNER", "SETGID", "SETUID").build();
  private static final Capabilities NO_CAPABILITIES = new CapabilitiesBuilder().withDrop("ALL").build();

  private final Deploy deploy;
  private final Labels labels;

  PodTemplates(Deploy deploy, Labels labels) {
    this.deploy = deploy;
    this.labels = labels;
  }

  PodTemplateSpec of(Workload w) {
    Confidential.Pod tee = Confidential.of(w, deploy);
    NodeSelection.Pod nodes = NodeSelection.of(w, deploy);
    Map<String, String> nodeSelector = new TreeMap<>(nodes.nodeSelector());
    nodeSelector.putAll(tee.nodeSelector());
    PodSpecBuilder spec = new PodSpecBuilder()
        .withServiceAccountName(w.name())
        .withAutomountServiceAccountToken(false)
        .withEnableServiceLinks(false)
        .withSecurityContext(new PodSecurityContextBuilder().withRunAsNonRoot(runsAsNonRoot(w) ? true : null)
            .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().build())
        .withRuntimeClassName(tee.runtimeClass().orElse(null))
        .withNodeSelector(nodeSelector)
        .withTolerations(nodes.tolerations());
    if (tee.hugePages()) {
      spec.addToVolumes(new VolumeBuilder().withName("hugepages").withNewEmptyDir().withMedium("HugePages").endEmptyDir().build());
    }
    // The container and the affinity, most of the pod, are set on the built spec, and the template
    // is assembled directly: a builder copies every object it is given.
    PodSpec built = spec.build();
    built.setContainers(new ArrayList<>(List.of(container(w, tee))));
    built.setAffinity(affinity(nodes));
    return new PodTemplateSpec(new ObjectMetaBuilder().withLabels(labels.of(w.name())).build(), built);
  }

  private static boolean runsAsNonRoot(Workload w) { return w.role() != Role.MODEL_SERVER && w.role() != Role.STORE; }

  private static Affinity affinity(NodeSelection.Pod nodes) {
    if (nodes.required().isEmpty() && nodes.preferred().isEmpty()) return null;
    var node = new AffinityBuilder().withNewNodeAffinity();
    if (!nodes.required().isEmpty()) {
      node.withNewRequiredDuringSchedulingIgnoredDuringExecution().addNewNodeSelectorTerm().withMatchExpressions(nodes.required())
          .endNodeSelectorTerm().endRequiredDuringSchedulingIgnoredDuringExecution();
    }
    node.withPreferredDuringSchedulingIgnoredDuringExecution(nodes.preferred());
    return node.endNodeAffinity().build();
  }

  private Container container(Workload w, Confidential.Pod tee) {
    dev.agentc.ir.Container c = w.container();
    String port = portName(w);
    ContainerBuilder b = new ContainerBuilder()
        .withName(w.name())
        .withImage(c.image().value())
        .withCommand(c.command())
        .withArgs(c.args())
        .withSecurityContext(new SecurityContextBuilder().withAllowPrivilegeEscalation(false)
            .withCapabilities(w.role() == Role.STORE ? ENGINE_CAPABILITIES : NO_CAPABILITIES).build());
    c.port().ifPresent(p -> b.withPorts(new ContainerPortBuilder().withName(port).withContainerPort(p.number()).withProtocol("TCP").build()));
    c.health().ifPresent(p -> b.withLivenessProbe(probe(p, port)));
    c.ready().ifPresent(p -> b.withReadinessProbe(probe(p, port)));
    if (c.slowStart()) {
      c.health().or(c::ready).ifPresent(p -> b.withStartupProbe(new ProbeBuilder(probe(p, port))
          .withPeriodSeconds(STARTUP_PERIOD_SECONDS).withFailureThreshold(STARTUP_FAILURES).build()));
    }
    w.storage().ifPresent(s -> b.addToVolumeMounts(new VolumeMountBuilder().withName(DATA).withMountPath(s.dataPath()).build()));
    if (tee.hugePages()) b.addToVolumeMounts(new VolumeMountBuilder().withName("hugepages").withMountPath("/dev/hugepages").build());
    Container built = b.build();
    // Set on the built container, which a builder would copy.
    built.setEnv(new ArrayList<>(c.env().stream().map(this::env).toList()));
    built.setResources(Compute.of(w, tee));
    return built;
  }

  /** The container port's name: `http` for everything that serves HTTP behind port 80, the engine's scheme for a store. */
  static String portName(Workload w) {
    return w.role() == Role.STORE ? w.container().port().map(dev.agentc.ir.Container.Port::protocol).orElse(HTTP) : HTTP;
  }

  private io.fabric8.kubernetes.api.model.EnvVar env(EnvVar v) {
    EnvVarBuilder b = new EnvVarBuilder().withName(v.name());
    return switch (v.value()) {
      case EnvVar.Value.Literal l -> b.withValue(l.text()).build();
      case EnvVar.Value.Secret s -> b.withNewValueFrom().withNewSecretKeyRef().withName(deploy.plan().secretObjectName()).withKey(s.key())
          .endSecretKeyRef().endValueFrom().build();
      // Same namespace, so the Service's short name resolves.
      case EnvVar.Value.Endpoint e -> b.withValue(e.scheme() + "://" + e.workload() + ":" + e.port()).build();
    };
  }

  private static io.fabric8.kubernetes.api.model.Probe probe(Probe p, String port) {
    return switch (p) {
      case Probe.Http h -> new ProbeBuilder().withNewHttpGet().withPath(h.path()).withPort(new IntOrString(port)).endHttpGet().build();
      case Probe.Exec e -> new ProbeBuilder().withNewExec().withCommand(e.command()).endExec().build();
    };
  }
}
