package dev.agentc.target.kubernetes;

import dev.agentc.ir.Role;
import dev.agentc.ir.Rollout;
import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.ServiceSpecBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The Services of a workload. Agents, routers and model servers get `<name>` on port 80 in front
 * of their `http` port; a store gets a headless `<name>` on its engine's port, which its
 * StatefulSet names as its `serviceName`; a worker gets none. A canary that Argo Rollouts routes
 * through the Gateway also gets `<name>-canary`, and a blue-green rollout `<name>-preview`:
 * `<name>` stays the stable (active) Service that other workloads and the route use.
 */
final class Services {
  static final int PORT = 80;
  /** Port 80 to the pods' `http` port; shared, as built objects are only read. */
  private static final ServicePort HTTP_PORT = new ServicePortBuilder().withName(PodTemplates.HTTP).withPort(PORT)
      .withTargetPort(new IntOrString(PodTemplates.HTTP)).withProtocol("TCP").build();

  private final Labels labels;
  private final Rollouts rollouts;

  Services(Labels labels, Rollouts rollouts) {
    this.labels = labels;
    this.rollouts = rollouts;
  }

  List<Service> of(Workload w) {
    List<Service> out = new ArrayList<>();
    if (w.container().port().isEmpty()) return out;
    if (w.role() == Role.STORE) {
      out.add(store(w));
      return out;
    }
    out.add(service(w, w.name()));
    if (rollouts.trafficRouted(w)) out.add(service(w, canary(w)));
    if (rollouts.strategy(w) == Rollout.Strategy.BLUE_GREEN) out.add(service(w, preview(w)));
    return out;
  }

  static String canary(Workload w) { return w.name() + "-canary"; }

  static String preview(Workload w) { return w.name() + "-preview"; }

  private Service service(Workload w, String name) {
    ServiceSpec spec = new ServiceSpec();
    spec.setSessionAffinity(w.session() == Workload.Session.STICKY ? "ClientIP" : null);
    spec.setSelector(labels.selector(w.name()));
    spec.setPorts(new ArrayList<>(List.of(HTTP_PORT)));
    return withSpec(spec, name, w);
  }

  private Service store(Workload w) {
    String port = PodTemplates.portName(w);
    ServiceSpec spec = new ServiceSpecBuilder().withClusterIP("None").build();
    spec.setSelector(labels.selector(w.name()));
    spec.setPorts(new ArrayList<>(List.of(new ServicePortBuilder().withName(port).withPort(w.container().port().orElseThrow().number())
        .withTargetPort(new IntOrString(port)).withProtocol("TCP").build())));
    return withSpec(spec, w.name(), w);
  }

  /** The Service: its spec set on it once built, as a builder would copy it (see {@link PodTemplates}). */
  private Service withSpec(ServiceSpec spec, String name, Workload w) {
    Service service = labels.named(new Service(), name, w.name());
    service.setSpec(spec);
    return service;
  }
}
