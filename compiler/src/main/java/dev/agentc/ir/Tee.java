package dev.agentc.ir;

import dev.agentc.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A trusted execution environment's catalog facts (std.tee), and where the workload asked for it.
 *
 * @param isolation `enclave` or `vm`
 * @param gpu whether it can host a confidential GPU at all
 * @param targets targets that can provide it
 * @param clouds Kubernetes clouds that can provide it; {@code gpuClouds} those that can with a GPU
 * @param span where it was asked for; for an inherited TEE, the user agent's `tee` line
 * @param inheritedFrom the agent a model server took it from
 */
public record Tee(
    String id,
    String name,
    String vendor,
    String isolation,
    boolean gpu,
    List<String> targets,
    List<String> clouds,
    List<String> gpuClouds,
    SortedMap<String, String> runtimeClass,
    SortedMap<String, String> gpuRuntimeClass,
    Optional<String> gpuResource,
    SortedMap<String, String> nodeLabel,
    Optional<String> resource,
    Span span,
    Optional<String> inheritedFrom) {
  public Tee {
    targets = List.copyOf(targets);
    clouds = List.copyOf(clouds);
    gpuClouds = List.copyOf(gpuClouds);
    runtimeClass = SortedMaps.copyOf(runtimeClass);
    gpuRuntimeClass = SortedMaps.copyOf(gpuRuntimeClass);
    nodeLabel = SortedMaps.copyOf(nodeLabel);
  }

  /** The same TEE, asked for at {@code span}. */
  Tee at(Span span) {
    return new Tee(id, name, vendor, isolation, gpu, targets, clouds, gpuClouds, runtimeClass, gpuRuntimeClass, gpuResource, nodeLabel, resource,
        span, inheritedFrom);
  }

  /** The same TEE, taken by a model server from the agent that asked for it. */
  public Tee inheritedBy(String agent) {
    return new Tee(id, name, vendor, isolation, gpu, targets, clouds, gpuClouds, runtimeClass, gpuRuntimeClass, gpuResource, nodeLabel, resource,
        span, Optional.of(agent));
  }
}
