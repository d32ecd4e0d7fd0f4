package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.agentc.ir.Plan;
import dev.agentc.target.Output;
import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Toleration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spot capacity and regions in each cloud's labels: required without fallback, preferred with one; regions as node affinity or clusters. */
class SpotAndRegionTest {
  private static PodSpec pod(Path dir, String agent, String kubernetes) {
    Plan plan = Projects.plan(dir, agent, "a", kubernetes);
    assertEquals(List.of(), Projects.check(plan));
    return Kube.pod(Kube.objects(Projects.yaml(plan)), "a");
  }

  @Test
  void spotWithoutFallbackIsRequiredAndItsTaintTolerated(@TempDir Path dir) {
    PodSpec pod = pod(dir, "agent a { image = \"x:1\"  spot { fallback = none } }", "cloud = gke");
    assertEquals(Map.of("cloud.google.com/gke-spot", "true"), pod.getNodeSelector());
    assertNull(pod.getAffinity());
    Toleration t = pod.getTolerations().get(0);
    assertEquals(List.of("cloud.google.com/gke-spot", "Equal", "true", "NoSchedule"), List.of(t.getKey(), t.getOperator(), t.getValue(), t.getEffect()));
  }

  @Test
  void spotWithOnDemandFallbackIsPreferredAndBothCapacityTypesAllowed(@TempDir Path dir) {
    PodSpec pod = pod(dir, "agent a { image = \"x:1\"  spot { fallback = on_demand } }", "cloud = eks");
    NodeAffinity affinity = pod.getAffinity().getNodeAffinity();
    assertEquals(List.of(in("karpenter.sh/capacity-type", "spot", "on-demand")),
        affinity.getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms().get(0).getMatchExpressions());
    assertEquals(100, affinity.getPreferredDuringSchedulingIgnoredDuringExecution().get(0).getWeight());
    assertEquals(List.of(in("karpenter.sh/capacity-type", "spot")),
        affinity.getPreferredDuringSchedulingIgnoredDuringExecution().get(0).getPreference().getMatchExpressions());
    assertEquals(List.of(), pod.getTolerations(), "Karpenter spot nodes carry no taint");
  }

  @Test
  void aksSpotPoolsArePreferredAndTheirTaintTolerated(@TempDir Path dir) {
    PodSpec pod = pod(dir, "agent a { image = \"x:1\"  spot {} }", "cloud = aks");
    assertNull(pod.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution(), "AKS on-demand nodes have no capacity label");
    assertEquals(List.of(in("kubernetes.azure.com/scalesetpriority", "spot")),
        pod.getAffinity().getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution().get(0).getPreference().getMatchExpressions());
    assertEquals("kubernetes.azure.com/scalesetpriority", pod.getTolerations().get(0).getKey());
  }

  @Test
  void regionsBecomeRequiredAffinityOnTheCloudsRegionNames(@TempDir Path dir) {
    PodSpec eks = pod(dir.resolve("eks"), "agent a { image = \"x:1\"  regions = [us_east, eu_west] }", "cloud = eks");
    assertEquals(List.of(in("topology.kubernetes.io/region", "us-east-1", "eu-west-1")),
        eks.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms().get(0).getMatchExpressions());
    PodSpec generic = pod(dir.resolve("generic"), "agent a { image = \"x:1\"  regions = [us_east] }", "cloud = generic");
    assertEquals(List.of(in("topology.kubernetes.io/region", "us-east")),
        generic.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms().get(0).getMatchExpressions());
  }

  @Test
  void mappedClustersGetAFileEachAndNoRegionAffinity(@TempDir Path dir) {
    Plan plan = Projects.plan(dir, "agent a { image = \"x:1\"  regions = [us_east, eu_west] }", "a",
        "cloud = eks  clusters { us_east = \"arn:aws:eks:us-east-1:1:cluster/prod\"  eu_west = \"prod-eu\" }");
    Output out = Projects.emit(plan);
    assertEquals(List.of("arn_aws_eks_us-east-1_1_cluster_prod.yaml", "prod-eu.yaml"), out.files().stream().map(Output.Artefact::path).toList());
    for (Output.Artefact f : out.files()) {
      assertNull(Kube.pod(Kube.objects(new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8)), "a").getAffinity());
    }
  }

  static NodeSelectorRequirement in(String key, String... values) {
    NodeSelectorRequirement r = new NodeSelectorRequirement();
    r.setKey(key);
    r.setOperator("In");
    r.setValues(List.of(values));
    return r;
  }
}
