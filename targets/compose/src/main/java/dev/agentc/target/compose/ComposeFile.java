package dev.agentc.target.compose;

import dev.agentc.ir.Plan;
import dev.agentc.ir.Workload;
import dev.agentc.target.Output;
import dev.agentc.target.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The whole compose.yaml of a plan: the header, then `x-agentc` (provenance: deploy, module,
 * project), `services` sorted by name, the stores' named `volumes`, and the top-level `secrets`,
 * each a file under `./secrets/`. No top-level `name:` and no timestamp.
 */
final class ComposeFile {
  static final String PATH = "compose.yaml";
  private static final String GROUP = "compose";

  private final Map<String, Object> document = new LinkedHashMap<>();
  private final List<String> header;
  private final List<Output.ObjectCount> summary = new ArrayList<>();

  ComposeFile(Target target, Plan plan) {
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("deploy", plan.name());
    provenance.put("module", plan.team());
    provenance.put("project", ComposeNames.project(plan));
    document.put("x-agentc", provenance);

    Map<String, Object> services = new LinkedHashMap<>();
    Map<String, Object> volumes = new LinkedHashMap<>();
    SortedSet<String> secrets = new TreeSet<>();
    for (Workload w : plan.workloads().stream().sorted(Comparator.comparing(Workload::name)).toList()) {
      services.put(w.name(), Services.of(plan, w));
      w.storage().ifPresent(s -> volumes.put(ComposeNames.volume(w), Map.of("labels", Labels.volume(plan, w))));
      secrets.addAll(Environment.of(plan, w).secrets());
    }
    document.put("services", services);
    if (!volumes.isEmpty()) document.put("volumes", volumes);
    if (!secrets.isEmpty()) {
      Map<String, Object> files = new LinkedHashMap<>();
      secrets.forEach(key -> files.put(key, Map.of("file", ComposeNames.secretFile(key))));
      document.put("secrets", files);
    }
    header = Header.lines(plan, secrets, Caveats.of(target, plan));
    count("service", services.size());
    count("volume", volumes.size());
    count("secret", secrets.size());
  }

  private void count(String kind, int n) {
    if (n > 0) summary.add(new Output.ObjectCount(GROUP, kind, n));
  }

  Output output() {
    return new Output(List.of(new Output.Artefact(PATH, YamlWriter.write(header, document))), List.of(), summary);
  }
}
