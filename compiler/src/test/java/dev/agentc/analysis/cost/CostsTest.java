package dev.agentc.analysis.cost;

import static dev.agentc.analysis.Projects.codes;
import static dev.agentc.analysis.Projects.compile;
import static dev.agentc.analysis.Projects.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.Compilation;
import dev.agentc.diag.Code;
import dev.agentc.ir.Plan;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cost model against figures computed by hand from the std.cloud and std.gpu prices. */
class CostsTest {
  @TempDir Path project;

  private DeployCost cost(String source) throws IOException {
    Compilation c = compile(project, source);
    Plan plan = c.plans().get(0);
    return Costs.of(plan);
  }

  private static WorkloadCost workload(DeployCost cost, String name) {
    return cost.workloads().stream().filter(w -> w.workload().name().equals(name)).findFirst().orElseThrow();
  }

  private static void assertMoney(String expected, Optional<BigDecimal> actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual.orElseThrow()), () -> expected + " != " + actual);
  }

  @Test
  void aSpotAgentOnEks() throws IOException {
    DeployCost cost = cost("""
        agent a {
          image = "a:1"
          resources { cpu = 2  memory = 4Gi }
          scale { replicas = 2..10 }
          spot { fallback = on_demand }
        }
        deploy prod {
          agents = [a]
          kubernetes { cloud = eks }
        }
        """);
    // (2 × 0.04048 + 4 × 0.004445) = 0.09874 USD/h; spot −60%: 0.039496; × 730 h = 28.83208 per replica.
    WorkloadCost a = workload(cost, "a");
    assertTrue(a.spot());
    assertMoney("28.83208", a.perReplica());
    assertMoney("57.66416", a.atMin());   // × 2
    assertMoney("288.3208", a.atMax());   // × 10
    assertEquals("(2 vCPU × 0.04048 + 4 GiB × 0.004445) USD/h × 40% (spot) × 730 h", a.formula());
  }

  @Test
  void aGpuModelServerOnGke() throws IOException {
    DeployCost cost = cost("""
        import std.gpu.{L4}
        model m {
          weights = "hf://org/m"
          params  = 7B
          serve { gpu = 1 * L4  cpu = 4  memory = 16Gi  replicas = 1..3 }
        }
        agent a {
          image = "a:1"
          model = m
        }
        deploy prod {
          agents = [a]
          kubernetes { cloud = gke }
        }
        """);
    // 4 × 0.0445 + 16 × 0.0049225 + 1 × 0.71 = 0.178 + 0.07876 + 0.71 = 0.96676 USD/h × 730 = 705.7348 per replica.
    WorkloadCost m = workload(cost, "m-model");
    assertMoney("705.7348", m.perReplica());
    assertMoney("2117.2044", m.atMax());
    // The agent has no resources: the default 0.25 vCPU and 256 MiB, (0.011125 + 0.001230625) = 0.012355625 × 730 = 9.01960625.
    assertMoney("9.01960625", workload(cost, "a").perReplica());
    assertMoney("714.75440625", cost.atMin());   // 705.7348 + 9.01960625
  }

  @Test
  void aMissingGpuPriceMakesTheCostUnknownNotZero() throws IOException {
    DeployCost cost = cost("""
        import std.gpu.{B200}
        agent a {
          image = "a:1"
          resources { gpu = 1 * B200 }
        }
        deploy prod {
          agents = [a]
          kubernetes { cloud = eks }
        }
        """);
    WorkloadCost a = workload(cost, "a");
    assertEquals(Optional.empty(), a.perReplica());
    assertEquals(Optional.of("`B200` has no `eks` price"), a.unknown());
    assertEquals(Optional.empty(), cost.atMax());
  }

  @Test
  void aDeployWithoutKubernetesIsPricedAtTheGenericCloud() throws IOException {
    DeployCost cost = cost("""
        agent a { image = "a:1" }
        deploy dev {
          agents = [a]
          compose {}
        }
        """);
    assertEquals("generic", cost.cloud());
    // 0.25 × 0.04048 + 0.25 × 0.004445 = 0.01123125 USD/h × 730 = 8.1988125.
    assertMoney("8.1988125", workload(cost, "a").perReplica());
  }

  @Test
  void aPolicyCapTheMaximumWouldPassGivesTheLargestMax() throws IOException {
    Compilation c = compile(project, """
        agent a {
          image = "a:1"
          resources { cpu = 2  memory = 4Gi }
          scale { replicas = 1..10 }
        }
        agent b { image = "b:1" }
        policy cap {
          max_monthly = 500 USD/month
          egress      = any
        }
        deploy prod {
          agents   = [a, b]
          policies = [cap]
          kubernetes { cloud = eks }
        }
        """);
    // a: 0.09874 × 730 = 72.0802 per replica; b: 8.1988125. At max 720.802 + 8.1988125 = 729.0008125 > 500.
    // With b at its maximum, a gets 500 − 8.1988125 = 491.8011875, which pays for 6 replicas (7 would be 504.5614).
    var d = only(c, Code.W0603);
    assertTrue(d.message().startsWith("deploy `prod` would cost 729.00 USD a month"), d.message());
    assertEquals("with the others at their maximum, the budget pays for at most 6 replicas of `a`: `replicas = 1..6`, or raise `max_monthly` to 729.00 USD/month",
        d.hint().orElseThrow());
  }

  @Test
  void aPolicyCapTheMinimumAlreadyPassesIsAnError() throws IOException {
    Compilation c = compile(project, """
        agent a {
          image = "a:1"
          resources { cpu = 2  memory = 4Gi }
          scale { replicas = 3 }
        }
        policy cap {
          max_monthly = 200 USD/month
          egress      = any
        }
        deploy prod {
          agents   = [a]
          policies = [cap]
          kubernetes { cloud = eks }
        }
        """);
    // 3 × 72.0802 = 216.2406 > 200.
    assertEquals(List.of(Code.E0602), codes(c));
    assertTrue(only(c, Code.E0602).message().startsWith("deploy `prod` costs 216.24 USD a month"));
  }

  @Test
  void anAgentBudgetHintGivesTheLargestMax() throws IOException {
    Compilation c = compile(project, """
        agent a {
          image = "a:1"
          resources { cpu = 4  memory = 8Gi }
          scale { replicas = 1..5 }
          budget { monthly = 500 USD/month }
        }
        deploy prod {
          agents = [a]
          kubernetes {}
        }
        """);
    // (4 × 0.04048 + 8 × 0.004445) × 730 = 144.1604 per replica; 5 → 720.802 > 500; 500 / 144.1604 = 3.47 → 3.
    assertEquals("the budget pays for at most 3 replicas: `replicas = 1..3`, or raise the budget to 720.80 USD/month",
        only(c, Code.W0603).hint().orElseThrow());
  }

  /** The arithmetic shortcut gives what exact division gives, scale included (formulas print it). */
  @Test
  void gibIsTheExactQuotient() {
    BigDecimal gib = BigDecimal.valueOf(1L << 30);
    for (long bytes : new long[] {0, 1, 1000, 256L << 20, 512L << 20, 1L << 30, 3L << 30, 10L << 30, 100L << 30, 7L << 29, (1L << 30) + 1,
        1_500_000_000L, 1L << 40}) {
      assertEquals(BigDecimal.valueOf(bytes).divide(gib), Costs.gib(bytes), () -> bytes + " bytes");
    }
  }
}
