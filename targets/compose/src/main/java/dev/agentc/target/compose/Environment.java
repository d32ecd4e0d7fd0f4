package dev.agentc.target.compose;

import dev.agentc.ir.EnvVar;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A service's environment, in the IR's order (the user's `env` first): literals as written,
 * endpoints as `<scheme>://<service>:<container port>`, and secrets as `<VAR>_FILE` naming the
 * mounted secret file — never a value. {@code secrets} are the keys the service mounts.
 */
record Environment(List<Entry> entries, SortedSet<String> secrets) {
  /** One variable as it will be written, with the IR variable it comes from. */
  record Entry(String name, String value, EnvVar from) {}

  static Environment of(Plan plan, Workload w) {
    List<Entry> entries = new ArrayList<>();
    SortedSet<String> secrets = new TreeSet<>();
    for (EnvVar v : w.container().env()) {
      switch (v.value()) {
        case EnvVar.Value.Literal l -> entries.add(new Entry(v.name(), l.text(), v));
        case EnvVar.Value.Endpoint e ->
            entries.add(new Entry(v.name(), e.scheme() + "://" + e.workload() + ":" + Ports.containerPort(plan, e.workload(), e.port()), v));
        case EnvVar.Value.Secret s -> {
          entries.add(new Entry(ComposeNames.secretVariable(v.name()), ComposeNames.secretMount(s.key()), v));
          secrets.add(s.key());
        }
      }
    }
    return new Environment(List.copyOf(entries), secrets);
  }

  /** The `environment:` mapping; a name written twice keeps its first value (the check reports it). */
  Map<String, Object> mapping() {
    Map<String, Object> out = new LinkedHashMap<>();
    entries.forEach(e -> out.putIfAbsent(e.name(), e.value()));
    return out;
  }
}
