package dev.agentc.target.aleph;

import dev.agentc.ir.Container;
import dev.agentc.ir.EnvVar;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Workload;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The `variables` of a workload's instances. They are public on-chain (aleph.md §3.1), so they
 * never hold a secret: a secret's name and key go to the metadata of a confidential VM instead
 * ({@link #secrets}), and its value is injected at apply.
 *
 * <p>First agentc's launcher contract: `AGENTC_IMAGE` (the container the VM runs),
 * `AGENTC_PORT`, `AGENTC_COMMAND` and `AGENTC_ARGS` (JSON arrays), `AGENTC_VOLUME`
 * (`<volume mount>:<data path>` for a store) and `AGENTC_ENDPOINTS`, the URL of the deploy's
 * AGGREGATE. Then the workload's own environment. An endpoint of another workload is written
 * `<scheme>://<workload>:<port>` with the port that workload listens on; the launcher resolves the
 * host name through the AGGREGATE's `members` (workload → instance item hashes).
 */
final class Variables {
  private Variables() {}

  static Map<String, String> of(Plan plan, Workload w, String endpointsUrl) {
    Map<String, String> vars = new LinkedHashMap<>();
    Container c = w.container();
    vars.put("AGENTC_IMAGE", c.image().value());
    c.port().ifPresent(p -> vars.put("AGENTC_PORT", Integer.toString(p.number())));
    if (!c.command().isEmpty()) vars.put("AGENTC_COMMAND", Json.compact(c.command()));
    if (!c.args().isEmpty()) vars.put("AGENTC_ARGS", Json.compact(c.args()));
    w.storage().ifPresent(s -> vars.put("AGENTC_VOLUME", StoreVolume.mount(w) + ":" + s.dataPath()));
    vars.put("AGENTC_ENDPOINTS", endpointsUrl);
    for (EnvVar e : c.env()) {
      switch (e.value()) {
        case EnvVar.Value.Literal l -> vars.put(e.name(), l.text());
        case EnvVar.Value.Endpoint ep -> vars.put(e.name(), endpoint(plan, ep));
        case EnvVar.Value.Secret s -> { }
      }
    }
    return vars;
  }

  /** The secret environment variables of a workload: variable name → key of the deploy's secret. */
  static Map<String, String> secrets(Workload w) {
    Map<String, String> out = new LinkedHashMap<>();
    for (EnvVar e : w.container().env()) if (e.value() instanceof EnvVar.Value.Secret s) out.put(e.name(), s.key());
    return out;
  }

  /** The URL of the AGGREGATE that lists the deploy's instances (aleph.md §4: `GET /api/v0/aggregates/{address}.json?keys=…`). */
  static String endpointsUrl(String api, String address, String key) {
    return api.replaceAll("/+$", "") + "/api/v0/aggregates/" + address + ".json?keys=" + key;
  }

  private static String endpoint(Plan plan, EnvVar.Value.Endpoint ep) {
    int port = plan.workload(ep.workload()).flatMap(t -> t.container().port()).map(Container.Port::number).orElse(ep.port());
    return ep.scheme() + "://" + ep.workload() + ":" + port;
  }
}
