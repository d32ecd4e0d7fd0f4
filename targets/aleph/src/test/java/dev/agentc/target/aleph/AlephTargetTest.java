package dev.agentc.target.aleph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentc.ir.Feature;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Settings;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Output;
import dev.agentc.target.Support;
import dev.agentc.target.Target;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target's contract: registration, feature table, reproducible output, where time and sender come from, and the summary. */
class AlephTargetTest {
  static Plan plan(String example, String deploy) {
    return AlephTestSupport.examplePlans().stream().filter(p -> p.example().equals(example) && p.plan().dnsName().equals(deploy))
        .findFirst().orElseThrow().plan();
  }

  static JsonNode messages(Plan plan, BuildOptions options) {
    return AlephTestSupport.parse(AlephTestSupport.messagesJson(new AlephTarget().emit(plan, options)));
  }

  @Test
  void isAskedForByTheAlephBlock() {
    Target aleph = new AlephTarget();
    Plan community = plan("customer-service", "community");
    assertTrue(aleph.requested(community));
    Plan without = new Plan(community.name(), community.dnsName(), community.team(), community.span(), community.workloads(), community.swarms(),
        community.secrets(), new Settings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), community.maxMonthly(), community.prices());
    assertFalse(aleph.requested(without));
  }

  @Test
  void featureTable() {
    AlephTarget t = new AlephTarget();
    for (Feature f : List.of(Feature.GPU, Feature.REGIONS, Feature.STORE, Feature.SWARM, Feature.BUDGET, Feature.TEE, Feature.SECRET)) {
      assertEquals(Support.MAPPED, t.support(f), f::name);
    }
    for (Feature f : List.of(Feature.AUTOSCALING, Feature.EVENT_SCALING, Feature.SPOT, Feature.ROLLOUT, Feature.EXPOSE, Feature.RATE_LIMIT, Feature.EGRESS)) {
      assertInstanceOf(Support.BestEffort.class, t.support(f), f::name);
    }
  }

  @Test
  void emittingTwiceGivesTheSameBytes(@TempDir Path tmp) {
    for (AlephTestSupport.ExamplePlan p : AlephTestSupport.examplePlans()) {
      for (BuildOptions options : List.of(AlephTestSupport.unsigned(), AlephTestSupport.signed(AlephTestSupport.keyFile(tmp, AlephTestSupport.TEST_KEY)))) {
        assertArrayEquals(new AlephTarget().emit(p.plan(), options).files().get(0).bytes(), new AlephTarget().emit(p.plan(), options).files().get(0).bytes(),
            p::toString);
      }
    }
  }

  @Test
  void timeComesFromTheOptionThenSourceDateEpochThenTheClock() {
    Plan plan = plan("customer-service", "community");
    BuildOptions both = new BuildOptions(Optional.empty(), Optional.empty(), Optional.of(1_800_000_000L), Map.of(Stamp.SOURCE_DATE_EPOCH, "1700000000"));
    assertEquals(1_800_000_000L, messages(plan, both).get(0).get("time").asLong());
    BuildOptions epoch = new BuildOptions(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(Stamp.SOURCE_DATE_EPOCH, "1700000000"));
    assertEquals(1_700_000_000L, messages(plan, epoch).get(0).get("time").asLong());
    Clock clock = Clock.fixed(Instant.ofEpochMilli(1_767_225_600_125L), ZoneOffset.UTC);
    JsonNode now = AlephTestSupport.parse(AlephTestSupport.messagesJson(new AlephTarget(clock).emit(plan, BuildOptions.DEFAULT)));
    assertEquals(new BigDecimal("1767225600.125"), now.get(0).get("time").decimalValue());
    assertEquals(new BigDecimal("1767225600.125"), AlephTestSupport.parse(now.get(0).get("item_content").asText()).get("time").decimalValue());
  }

  @Test
  void senderComesFromTheKeyThenTheOptionThenTheZeroAddress(@TempDir Path tmp) {
    Plan plan = plan("customer-service", "community");
    assertEquals(Stamp.UNSIGNED_SENDER, messages(plan, BuildOptions.DEFAULT).get(0).get("sender").asText());
    BuildOptions lower = new BuildOptions(Optional.empty(), Optional.of(AlephTestSupport.TEST_ADDRESS.toLowerCase()), Optional.empty(), Map.of());
    JsonNode unsigned = messages(plan, lower);
    assertEquals(AlephTestSupport.TEST_ADDRESS, unsigned.get(0).get("sender").asText(), "normalized to EIP-55");
    assertFalse(unsigned.get(0).has("signature"));
    Path key = AlephTestSupport.keyFile(tmp, AlephTestSupport.TEST_KEY);
    BuildOptions fromEnv = new BuildOptions(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(KeyFile.ENV, key.toString()));
    JsonNode signed = messages(plan, fromEnv);
    assertEquals(AlephTestSupport.TEST_ADDRESS, signed.get(0).get("sender").asText());
    assertTrue(signed.get(0).get("signature").asText().matches("0x[0-9a-f]{128}(1b|1c)"));
  }

  @Test
  void summaryCountsInstancesAndTheAggregate() {
    Output out = new AlephTarget().emit(plan("education-aleph", "open-network"), AlephTestSupport.unsigned());
    assertEquals(List.of(new Output.ObjectCount("messages", "INSTANCE", 16), new Output.ObjectCount("messages", "AGGREGATE", 1)), out.summary());
    assertEquals(List.of("messages.json"), out.files().stream().map(Output.Artefact::path).toList());
  }

  @Test
  void confidentialExampleKeepsItsSecretOutOfTheVariables() {
    JsonNode all = messages(plan("aleph-confidential", "confidential"), AlephTestSupport.unsigned());
    JsonNode vault = null;
    for (JsonNode m : all) {
      JsonNode c = AlephTestSupport.parse(m.get("item_content").asText());
      if (c.path("metadata").path("name").asText().equals("vault-eu-west-1")) vault = c;
      if (c.path("metadata").path("name").asText().equals("drafter-eu-west-1")) {
        assertEquals("autoscaling", c.get("metadata").get("agentc.dev/not-enforced").get(0).asText());
      }
    }
    assertTrue(vault != null);
    assertTrue(vault.get("environment").has("trusted_execution"));
    assertFalse(vault.get("variables").has("LEDGER_TOKEN"));
    assertEquals("ledger-token", vault.get("metadata").get("agentc.dev/secrets").get("LEDGER_TOKEN").asText());
  }
}
