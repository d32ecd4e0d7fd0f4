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
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.EnvVarSourceBuilder;
import io.fabric8.kubernetes.api.model.ExecActionBuilder;
import io.fabric8.kubernetes.api.model.HTTPGetActionBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.NodeAffinityBuilder;
import io.fabric8.kubernetes.api.model.NodeSelector;
import io.fabric8.kubernetes.api.model.NodeSelectorBuilder;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.NodeSelectorTermBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTerm;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SeccompProfileBuilder;
import io.fabric8.kubernetes.api.model.SecretKeySelectorBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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
  // What every pod or container of a kind shares, built once: built objects are only read.
  private static final PodSecurityContext NON_ROOT_POD = podSecurity(true);
  private static final PodSecurityContext ROOT_POD = podSecurity(null);
  private static final SecurityContext NO_CAPABILITIES = containerSecurity(new CapabilitiesBuilder().withDrop("ALL").build());
  private static final SecurityContext ENGINE_CAPABILITIES = containerSecurity(new CapabilitiesBuilder().withDrop("ALL")
      .withAdd("CHOWN", "DAC_OVERRIDE", "FOWNER", "SETGID", "SETUID").build());
  private static final Volume HUGEPAGES = new VolumeBuilder().withName("hugepages").withNewEmptyDir().withMedium("HugePages").endEmptyDir().build();

  private final Deploy deploy;
  private final Labels labels;
  /** Each distinct variable, built once: a deploy's containers repeat them (a shared secret's key, a model server's address). */
  private final Map<EnvKey, io.fabric8.kubernetes.api.model.EnvVar> envVars = new ConcurrentHashMap<>();
  /** Each distinct port and probe, built once: workloads made from one base repeat them. */
  private final Map<PortKey, ContainerPort> ports = new ConcurrentHashMap<>();
  private final Map<ProbeKey, io.fabric8.kubernetes.api.model.Probe> probes = new ConcurrentHashMap<>();
  /** Each distinct node affinity and set of resources, built once: workloads placed or sized alike repeat them. */
  private final Map<AffinityKey, Affinity> affinities = new ConcurrentHashMap<>();
  private final Map<Compute.Key, Optional<ResourceRequirements>> resources = new ConcurrentHashMap<>();

  // The keys' equals and hashCode are written out: a record's own run through method handles, slow in agentc's C1-only JVM.
  private record EnvKey(String name, EnvVar.Value value) {
    @Override
    public boolean equals(Object o) { return o instanceof EnvKey k && k.name.equals(name) && k.value.equals(value); }

    @Override
    public int hashCode() { return name.hashCode() * 31 + value.hashCode(); }
  }

  private record PortKey(String name, int number) {
    @Override
    public boolean equals(Object o) { return o instanceof PortKey k && k.number == number && k.name.equals(name); }

    @Override
    public int hashCode() { return name.hashCode() * 31 + number; }
  }

  private record AffinityKey(List<NodeSelectorRequirement> required, List<PreferredSchedulingTerm> preferred) {
    @Override
    public boolean equals(Object o) { return o instanceof AffinityKey k && k.required.equals(required) && k.preferred.equals(preferred); }

    @Override
    public int hashCode() { return required.hashCode() * 31 + preferred.hashCode(); }
  }

  /**
   * A probe without its source span: what it checks (an HTTP path or a command), on which port,
   * and whether it is a startup probe.
   */
  private record ProbeKey(Object check, String port, boolean startup) {
    static ProbeKey of(Probe p, String port, boolean startup) {
      return new ProbeKey(switch (p) {
        case Probe.Http h -> h.path();
        case Probe.Exec e -> e.command();
      }, port, startup);
    }

    @Override
    public boolean equals(Object o) { return o instanceof ProbeKey k && k.startup == startup && k.port.equals(port) && k.check.equals(check); }

    @Override
    public int hashCode() { return (check.hashCode() * 31 + port.hashCode()) * 2 + (startup ? 1 : 0); }
  }

  PodTemplates(Deploy deploy, Labels labels) {
    this.deploy = deploy;
    this.labels = labels;
  }

  // Every object of a pod is made once and its parts are set on it: a builder copies each object it
  // is given, and a nested builder's object once more per level. The pod and its container, which
  // every workload has, are made by their constructors: a builder starts by copying an empty object.
  PodTemplateSpec of(Workload w) {
    Confidential.Pod tee = Confidential.of(w, deploy);
    NodeSelection.Pod nodes = NodeSelection.of(w, deploy);
    Map<String, String> nodeSelector = new TreeMap<>(nodes.nodeSelector());
    nodeSelector.putAll(tee.nodeSelector());
    PodSpec spec = new PodSpec();
    spec.setServiceAccountName(w.name());
    spec.setAutomountServiceAccountToken(false);
    spec.setEnableServiceLinks(false);
    spec.setRuntimeClassName(tee.runtimeClass().orElse(null));
    spec.setSecurityContext(runsAsNonRoot(w) ? NON_ROOT_POD : ROOT_POD);
    spec.setNodeSelector(nodeSelector);
    spec.setTolerations(nodes.tolerations());
    if (tee.hugePages()) spec.setVolumes(new ArrayList<>(List.of(HUGEPAGES)));
    spec.setContainers(new ArrayList<>(List.of(container(w, tee))));
    if (!nodes.required().isEmpty() || !nodes.preferred().isEmpty()) {
      spec.setAffinity(SharedParts.get(affinities, new AffinityKey(nodes.required(), nodes.preferred()), k -> affinity(nodes)));
    }
    return new PodTemplateSpec(labels.labelled(w.name()), spec);
  }

  private static boolean runsAsNonRoot(Workload w) { return w.role() != Role.MODEL_SERVER && w.role() != Role.STORE; }

  private static PodSecurityContext podSecurity(Boolean runAsNonRoot) {
    PodSecurityContext security = new PodSecurityContextBuilder().withRunAsNonRoot(runAsNonRoot).build();
    security.setSeccompProfile(new SeccompProfileBuilder().withType("RuntimeDefault").build());
    return security;
  }

  private static SecurityContext containerSecurity(Capabilities capabilities) {
    SecurityContext security = new SecurityContextBuilder().withAllowPrivilegeEscalation(false).build();
    security.setCapabilities(capabilities);
    return security;
  }

  private static Affinity affinity(NodeSelection.Pod nodes) {
    NodeAffinity node = new NodeAffinityBuilder().build();
    if (!nodes.required().isEmpty()) {
      NodeSelectorTerm term = new NodeSelectorTermBuilder().build();
      term.setMatchExpressions(nodes.required());
      NodeSelector required = new NodeSelectorBuilder().build();
      required.setNodeSelectorTerms(new ArrayList<>(List.of(term)));
      node.setRequiredDuringSchedulingIgnoredDuringExecution(required);
    }
    node.setPreferredDuringSchedulingIgnoredDuringExecution(nodes.preferred());
    Affinity affinity = new AffinityBuilder().build();
    affinity.setNodeAffinity(node);
    return affinity;
  }

  private Container container(Workload w, Confidential.Pod tee) {
    dev.agentc.ir.Container c = w.container();
    String port = portName(w);
    Container built = new Container();
    built.setName(w.name());
    built.setImage(c.image().value());
    built.setCommand(new ArrayList<>(c.command()));
    built.setArgs(new ArrayList<>(c.args()));
    built.setSecurityContext(w.role() == Role.STORE ? ENGINE_CAPABILITIES : NO_CAPABILITIES);
    c.port().ifPresent(p -> built.setPorts(new ArrayList<>(List.of(SharedParts.get(ports, new PortKey(port, p.number()),
        k -> new ContainerPortBuilder().withName(k.name()).withContainerPort(k.number()).withProtocol("TCP").build())))));
    c.health().ifPresent(p -> built.setLivenessProbe(SharedParts.get(probes, ProbeKey.of(p, port, false), k -> probe(p, port))));
    c.ready().ifPresent(p -> built.setReadinessProbe(SharedParts.get(probes, ProbeKey.of(p, port, false), k -> probe(p, port))));
    if (c.slowStart()) {
      c.health().or(c::ready).ifPresent(p -> built.setStartupProbe(SharedParts.get(probes, ProbeKey.of(p, port, true), k -> startupProbe(p, port))));
    }
    List<VolumeMount> mounts = new ArrayList<>();
    w.storage().ifPresent(s -> mounts.add(new VolumeMountBuilder().withName(DATA).withMountPath(s.dataPath()).build()));
    if (tee.hugePages()) mounts.add(new VolumeMountBuilder().withName("hugepages").withMountPath("/dev/hugepages").build());
    built.setVolumeMounts(mounts);
    built.setEnv(new ArrayList<>(c.env().stream().map(v -> SharedParts.get(envVars, new EnvKey(v.name(), v.value()), this::env)).toList()));
    built.setResources(SharedParts.get(resources, Compute.Key.of(w, tee), k -> Optional.ofNullable(Compute.of(w, tee))).orElse(null));
    return built;
  }

  /** The container port's name: `http` for everything that serves HTTP behind port 80, the engine's scheme for a store. */
  static String portName(Workload w) {
    return w.role() == Role.STORE ? w.container().port().map(dev.agentc.ir.Container.Port::protocol).orElse(HTTP) : HTTP;
  }

  private io.fabric8.kubernetes.api.model.EnvVar env(EnvKey v) {
    EnvVarBuilder b = new EnvVarBuilder().withName(v.name());
    return switch (v.value()) {
      case EnvVar.Value.Literal l -> b.withValue(l.text()).build();
      case EnvVar.Value.Secret s -> {
        io.fabric8.kubernetes.api.model.EnvVar secret = b.build();
        EnvVarSource source = new EnvVarSourceBuilder().build();
        source.setSecretKeyRef(new SecretKeySelectorBuilder().withName(deploy.plan().secretObjectName()).withKey(s.key()).build());
        secret.setValueFrom(source);
        yield secret;
      }
      // Same namespace, so the Service's short name resolves.
      case EnvVar.Value.Endpoint e -> b.withValue(e.scheme() + "://" + e.workload() + ":" + e.port()).build();
    };
  }

  private static io.fabric8.kubernetes.api.model.Probe probe(Probe p, String port) {
    return probe(p, port, new ProbeBuilder().build());
  }

  private static io.fabric8.kubernetes.api.model.Probe startupProbe(Probe p, String port) {
    return probe(p, port, new ProbeBuilder().withPeriodSeconds(STARTUP_PERIOD_SECONDS).withFailureThreshold(STARTUP_FAILURES).build());
  }

  /** {@code probe} checking what {@code p} checks. */
  private static io.fabric8.kubernetes.api.model.Probe probe(Probe p, String port, io.fabric8.kubernetes.api.model.Probe probe) {
    switch (p) {
      case Probe.Http h -> probe.setHttpGet(new HTTPGetActionBuilder().withPath(h.path()).withPort(new IntOrString(port)).build());
      case Probe.Exec e -> probe.setExec(new ExecActionBuilder().withCommand(e.command()).build());
    }
    return probe;
  }
}
