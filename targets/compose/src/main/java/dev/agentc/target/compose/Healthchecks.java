package dev.agentc.target.compose;

import dev.agentc.ir.Container;
import dev.agentc.ir.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service's `healthcheck`, from its readiness probe (else its liveness probe): Compose has one
 * check, and dependents wait for it (`service_healthy`), so readiness is what it must mean.
 *
 * <p>An exec probe runs as is (`CMD`). An HTTP probe must run inside an image agentc does not
 * know, and many lack curl (qdrant, ollama): it uses curl when the image has it, else wget
 * (busybox images), else a plain HTTP/1.0 request over bash's `/dev/tcp`, each failing on a
 * status of 400 or more. A model server gets ten minutes to load its weights (`start_period`).
 */
final class Healthchecks {
  private Healthchecks() {}

  private static Optional<Container.Probe> probe(Workload w) { return w.container().ready().or(() -> w.container().health()); }

  /** Whether the workload gets a healthcheck, which decides `service_healthy` for its dependents. */
  static boolean present(Workload w) { return of(w).isPresent(); }

  static Optional<Map<String, Object>> of(Workload w) {
    return probe(w).flatMap(p -> test(p, w.container().port())).map(test -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("test", test);
      out.put("interval", "10s");
      out.put("timeout", "5s");
      out.put("retries", 5);
      out.put("start_period", w.container().slowStart() ? "10m" : "30s");
      return out;
    });
  }

  private static Optional<List<String>> test(Container.Probe probe, Optional<Container.Port> port) {
    return switch (probe) {
      case Container.Probe.Exec e -> {
        List<String> test = new ArrayList<>(List.of("CMD"));
        test.addAll(e.command());
        yield Optional.of(test);
      }
      case Container.Probe.Http h -> port.map(p -> List.of("CMD-SHELL", httpScript(p.number(), h.path())));
    };
  }

  private static String httpScript(int port, String path) {
    String url = Shell.quote("http://127.0.0.1:" + port + path);
    return "if command -v curl >/dev/null 2>&1; then curl -fsS -o /dev/null " + url
        + "; elif command -v wget >/dev/null 2>&1; then wget -q -O /dev/null " + url
        + "; else bash -c 'exec 3<>/dev/tcp/127.0.0.1/$0 && printf \"GET %s HTTP/1.0\\r\\n\\r\\n\" \"$1\" >&3"
        + " && head -n 1 <&3 | grep -q \" [23][0-9][0-9] \"' " + port + " " + Shell.quote(path) + "; fi";
  }
}
