package dev.agentc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `agentc check --explain-egress`: the hosts each workload may call, as text and as JSON. */
class ExplainEgressTest {
  @Test
  void listsEveryHostOfEveryDeployWithHowEachTargetEnforcesIt() {
    MainTest.Run run = MainTest.run(BuildCommandTest.EXAMPLES, Map.of(), false, "check", "multi-cloud", "--explain-egress");
    assertEquals(Exit.OK, run.code(), run.err());
    assertTrue(run.out().contains("""
        egress of `multi-cloud`, deploy `eks` (a policy allows only these hosts)
          kubernetes: only these hosts (CiliumNetworkPolicy toFQDNs)
          chat
            api.search.example.com:443  tool search
            inside the deploy: mistral-7b-model:80, jobs:6379
        """), run.out());
    assertTrue(run.out().contains("deploy `gke` (no policy restricts egress)\n  kubernetes: their ports on any address"), run.out());
  }

  @Test
  void jsonAddsTheListToTheDiagnosticsDocument() throws IOException {
    MainTest.Run run = MainTest.run(BuildCommandTest.EXAMPLES, Map.of(), false, "check", "webhook-queue", "--explain-egress", "--format", "json");
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertEquals(0, doc.get("summary").get("errors").asInt());
    JsonNode dev = doc.get("egress").get(0);
    assertEquals("dev", dev.get("deploy").asText());
    assertEquals("any host: Compose networks do not restrict outbound traffic", dev.get("enforcement").get("compose").asText());
    JsonNode prod = doc.get("egress").get(1);
    assertTrue(prod.get("restricted").asBoolean());
    JsonNode worker = prod.get("workloads").get(1);
    assertEquals("worker", worker.get("name").asText());
    assertEquals("api.anthropic.com", worker.get("hosts").get(0).get("host").asText());
    assertEquals("model claude", worker.get("hosts").get(0).get("for").asText());
  }

  @Test
  void sarifHasNoPlaceForTheList() {
    MainTest.Run run = MainTest.run(BuildCommandTest.EXAMPLES, Map.of(), false, "check", "webhook-queue", "--explain-egress", "--format", "sarif");
    assertEquals(Exit.USAGE, run.code());
    assertTrue(run.err().contains("--explain-egress prints human or json output"), run.err());
  }
}
