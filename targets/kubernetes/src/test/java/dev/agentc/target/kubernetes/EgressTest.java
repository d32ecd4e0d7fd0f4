package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentc.ir.Plan;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Egress: DNS, peers on their container ports, tool ports on a standard network, FQDNs with Cilium under `tools_only`. */
class EgressTest {
  private static final String AGENT = """
      model m {
        weights = "hf://org/m"
        params  = 7B
        serve { replicas = 1 }
      }
      model claude {
        provider = bedrock
        name     = "claude"
      }
      tool search { url = "https://search.example.com/api" }
      agent a { image = "x:1"  model = m  tools = [search] }
      agent b { image = "x:1"  model = claude }
      """;

  @Test
  void aStandardNetworkOpensToolPortsAndPeersContainerPorts(@TempDir Path dir) {
    Plan plan = Projects.plan(dir, AGENT, "a", "");
    List<HasMetadata> objects = Kube.objects(Projects.yaml(plan));
    List<NetworkPolicyEgressRule> rules = Kube.one(objects, "NetworkPolicy", "a-egress", NetworkPolicy.class).getSpec().getEgress();
    assertEquals(3, rules.size());
    assertEquals(List.of(53, 53), rules.get(0).getPorts().stream().map(p -> p.getPort().getIntVal()).toList(), "DNS first");
    assertEquals(Map.of(Labels.NAME, "m-model"), rules.get(1).getTo().get(0).getPodSelector().getMatchLabels());
    assertEquals(new IntOrString(8000), rules.get(1).getPorts().get(0).getPort(), "the model server's container port, not its Service port 80");
    assertEquals("0.0.0.0/0", rules.get(2).getTo().get(0).getIpBlock().getCidr());
    assertEquals(new IntOrString(443), rules.get(2).getPorts().get(0).getPort());
    assertEquals(List.of(), Kube.ofKind(objects, "NetworkPolicy").stream().filter(o -> o.getMetadata().getName().equals("m-model-egress")).toList(),
        "a model server downloads weights from a host the plan does not name");
  }

  @Test
  @SuppressWarnings("unchecked")
  void toolsOnlyWithCiliumNamesTheHosts(@TempDir Path dir) {
    Plan plan = Projects.plan(dir, "d", Projects.PRELUDE + AGENT + """
        policy p { egress = tools_only }
        deploy d {
          agents   = [a, b]
          policies = [p]
          kubernetes { network = cilium }
        }
        """);
    List<HasMetadata> objects = Kube.objects(Projects.yaml(plan));
    List<Map<String, Object>> egress = (List<Map<String, Object>>) Kube.spec(Kube.custom(objects, "CiliumNetworkPolicy", "b-egress")).get("egress");
    assertEquals(List.of(Map.of("matchPattern", "bedrock-runtime.*.amazonaws.com")), egress.get(egress.size() - 1).get("toFQDNs"));
    assertEquals(Map.of("dns", List.of(Map.of("matchPattern", "*"))),
        ((List<Map<String, Object>>) egress.get(0).get("toPorts")).get(0).get("rules"), "Cilium learns the hosts' addresses from DNS");
    Map<String, Object> a = Kube.spec(Kube.custom(objects, "CiliumNetworkPolicy", "a-egress"));
    assertEquals(List.of(Map.of("matchName", "search.example.com")), ((List<Map<String, Object>>) a.get("egress")).get(2).get("toFQDNs"));
  }
}
