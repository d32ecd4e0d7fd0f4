package dev.agentc.target.kubernetes;

import dev.agentc.ir.Plan;
import dev.agentc.ir.Settings;
import dev.agentc.ir.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which workloads go into which cluster's file: every kube context a workload is placed in, or the
 * default cluster when the deploy maps no regions to clusters. A file is named after its context,
 * with the path separators `/` and `:` replaced by `_`.
 */
public final class ClusterFiles {
  /** One output file: its name without `.yaml`, the kube context it is for (empty for the default cluster), its workloads. */
  record File(String name, String context, List<Workload> workloads) {}

  private ClusterFiles() {}

  static List<File> of(Plan plan) {
    Map<String, String> contexts = new TreeMap<>();
    Map<String, List<Workload>> workloads = new TreeMap<>();
    for (Workload w : plan.workloads()) {
      List<String> clusters = w.placement().clusters();
      if (clusters.isEmpty()) {
        contexts.putIfAbsent(Settings.Kubernetes.DEFAULT_CLUSTER, "");
        workloads.computeIfAbsent(Settings.Kubernetes.DEFAULT_CLUSTER, k -> new ArrayList<>()).add(w);
      }
      for (String context : clusters) {
        String name = fileName(context);
        contexts.putIfAbsent(name, context);
        workloads.computeIfAbsent(name, k -> new ArrayList<>()).add(w);
      }
    }
    return workloads.entrySet().stream().map(e -> new File(e.getKey(), contexts.get(e.getKey()), List.copyOf(e.getValue()))).toList();
  }

  public static String fileName(String context) { return context.replace('/', '_').replace(':', '_'); }
}
