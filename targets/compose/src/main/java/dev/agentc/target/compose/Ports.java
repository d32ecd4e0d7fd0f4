package dev.agentc.target.compose;

import dev.agentc.ir.Container;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Workload;
import dev.agentc.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * Where a workload listens. An exposed workload publishes its port on the host under the same
 * number (bound to 127.0.0.1 when it is exposed as `localhost`); any other workload with a port
 * only declares it with `expose:`, reachable from the other services of the project by name.
 * Services reach each other on container ports: Compose has no Service in front on port 80.
 */
final class Ports {
  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1");

  private Ports() {}

  /** A port published on the host; {@code span} is the `expose` block that asked for it. */
  record Published(String bindAddress, int port, Span span) {
    /** The short syntax, e.g. `8000:8000` or `127.0.0.1:8080:8080`. */
    String spec() { return (bindAddress.isEmpty() ? "" : bindAddress + ":") + port + ":" + port; }
  }

  static Optional<Published> published(Workload w) {
    if (w.expose().isEmpty() || w.container().port().isEmpty()) return Optional.empty();
    String bind = LOOPBACK.contains(w.expose().get().host()) ? "127.0.0.1" : "";
    return Optional.of(new Published(bind, w.container().port().get().number(), w.expose().get().span()));
  }

  /** The port another workload of the plan listens on, which its peers' URLs must use. */
  static int containerPort(Plan plan, String workload, int fallback) {
    return plan.workload(workload).flatMap(w -> w.container().port()).map(Container.Port::number).orElse(fallback);
  }
}
