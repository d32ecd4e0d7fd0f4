package dev.agentc.target.kubernetes;

import dev.agentc.ir.CloudProfile;
import dev.agentc.ir.Names;
import dev.agentc.ir.Placement;
import dev.agentc.ir.Resources;
import dev.agentc.ir.Workload;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTerm;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTermBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which nodes a pod may run on, in the label family of the deploy's `cloud` (reference §1.2,
 * §1.4, §1.6): the GPU's node label and toleration, the regions as a required node affinity when
 * the deploy has one cluster for all regions, and spot capacity — required without fallback,
 * preferred with `fallback = on_demand`.
 */
final class NodeSelection {
  /** The weight of the preference for spot nodes: the only preference agentc states, so the strongest. */
  static final int SPOT_PREFERENCE = 100;

  record Pod(Map<String, String> nodeSelector, List<NodeSelectorRequirement> required, List<PreferredSchedulingTerm> preferred,
      List<Toleration> tolerations) {}

  private NodeSelection() {}

  static Pod of(Workload w, Deploy deploy) {
    CloudProfile cloud = deploy.cloud();
    Map<String, String> nodeSelector = new TreeMap<>();
    List<NodeSelectorRequirement> required = new ArrayList<>();
    List<PreferredSchedulingTerm> preferred = new ArrayList<>();
    List<Toleration> tolerations = new ArrayList<>();
    w.resources().gpu().ifPresent(g -> {
      gpuLabel(g, cloud).ifPresent(value -> nodeSelector.put(gpuLabelKey(g, cloud), value));
      tolerations.add(new TolerationBuilder().withKey(g.gpu().resource()).withOperator("Exists").withEffect("NoSchedule").build());
    });
    if (!deploy.clustered() && !w.placement().regions().isEmpty()) {
      List<String> names = w.placement().regions().stream().map(r -> regionName(r, cloud)).flatMap(Optional::stream).distinct().toList();
      if (!names.isEmpty()) required.add(in(cloud.regionLabel(), names));
    }
    w.placement().spot().ifPresent(spot -> {
      if (!spot.fallbackOnDemand()) {
        nodeSelector.put(cloud.spotLabel(), cloud.spotValue());
      } else {
        cloud.onDemandValue().ifPresent(onDemand -> required.add(in(cloud.spotLabel(), List.of(cloud.spotValue(), onDemand))));
        preferred.add(new PreferredSchedulingTermBuilder().withWeight(SPOT_PREFERENCE)
            .withNewPreference().withMatchExpressions(in(cloud.spotLabel(), List.of(cloud.spotValue()))).endPreference().build());
      }
      cloud.spotTaint().ifPresent(taint -> tolerations.add(new TolerationBuilder().withKey(taint).withOperator("Equal")
          .withValue(cloud.spotTaintValue().orElse(cloud.spotValue())).withEffect("NoSchedule").build()));
    });
    return new Pod(nodeSelector, required, preferred, tolerations);
  }

  /** The node-label key of a GPU on a cloud: AMD GPUs carry the AMD node labeller's key everywhere. */
  static String gpuLabelKey(Resources.GpuRequest g, CloudProfile cloud) {
    return g.gpu().vendor().equals("amd") ? cloud.amdGpuLabel() : cloud.gpuLabel();
  }

  /** The GPU's label value on the cloud; empty when the catalog has none (the GPU is not offered there). */
  static Optional<String> gpuLabel(Resources.GpuRequest g, CloudProfile cloud) { return Optional.ofNullable(g.gpu().labels().get(cloud.name())); }

  /** The region's name on the cloud; self-managed clusters label nodes with the region's DNS name. */
  static Optional<String> regionName(Placement.Region region, CloudProfile cloud) {
    return cloud.regionNames().map(column -> Optional.ofNullable(region.names().get(column))).orElseGet(() -> Optional.of(Names.dns(region.name())));
  }

  private static NodeSelectorRequirement in(String key, List<String> values) {
    return new NodeSelectorRequirementBuilder().withKey(key).withOperator("In").withValues(values).build();
  }
}
