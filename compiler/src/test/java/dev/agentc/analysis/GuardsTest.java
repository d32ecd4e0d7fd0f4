package dev.agentc.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Residency, TEE, transport and secret guards on cases the one-per-code `.agent` files do not show. */
class GuardsTest {
  @TempDir Path project;

  private Compilation compile(String source) throws IOException {
    Files.writeString(project.resolve("agent.project"), "");
    Files.writeString(project.resolve("main.agent"), source);
    return Compiler.check(project).get(0);
  }

  private static List<Code> codes(Compilation c) { return c.diagnostics().stream().map(Diagnostic::code).toList(); }

  private static Diagnostic only(Compilation c, Code code) {
    assertEquals(List.of(code), codes(c), () -> c.diagnostics().toString());
    return c.diagnostics().get(0);
  }

  @Test
  void aGroupAdmitsEveryRegionInItAndAProviderByItsJurisdiction() throws IOException {
    Compilation c = compile("""
        import std.region.{asia_east, au_east}
        provider tokyo_llm {
          name         = "Tokyo LLM"
          jurisdiction = JP
          host         = "api.tokyo-llm.example"
        }
        model m {
          provider = tokyo_llm
          name     = "m-1"
        }
        agent a {
          image   = "a:1"
          model   = m
          regions = [asia_east, au_east]
        }
        policy apac { residency = [APAC] }
        deploy prod {
          agents   = [a]
          policies = [apac]
          kubernetes { network = cilium }
        }
        """);
    assertEquals(List.of(), c.diagnostics());
  }

  @Test
  void aStoreOutsideTheResidencyNamesTheDataPathAndItsRegionLine() throws IOException {
    Diagnostic d = only(compile("""
        import std.region.{eu_west, us_east}
        store ledger {
          engine  = redis
          regions = [us_east]
        }
        agent a {
          image   = "a:1"
          stores  = [ledger]
          regions = [eu_west]
        }
        policy gdpr { residency = [EU] }
        deploy prod {
          agents   = [a]
          policies = [gdpr]
          kubernetes {}
        }
        """), Code.E0620);
    assertTrue(d.message().endsWith(": a → ledger (us_east, US)"), d.message());
    assertEquals(4, d.span().line());
    assertEquals(11, d.labels().get(0).span().line());
  }

  @Test
  void aModelServerInheritsItsUsersRegionsAndIsReportedOnceAtTheUser() throws IOException {
    Diagnostic d = only(compile("""
        import std.region.{us_east}
        model llm {
          weights = "hf://org/llm"
          params  = 1B
        }
        agent a {
          image   = "a:1"
          model   = llm
          regions = [us_east]
        }
        policy gdpr { residency = [EU] }
        deploy prod {
          agents   = [a]
          policies = [gdpr]
          kubernetes {}
        }
        """), Code.E0620);
    assertTrue(d.message().endsWith(": a runs in us_east (US)"), d.message());
  }

  @Test
  void anAgentWithoutRegionsLandsOnEveryMappedCluster() throws IOException {
    Diagnostic d = only(compile("""
        import std.region.{eu_west, us_east}
        agent a { image = "a:1" }
        policy gdpr { residency = [EU] }
        deploy prod {
          agents   = [a]
          policies = [gdpr]
          kubernetes { clusters { eu_west = "prod-eu"  us_east = "prod-us" } }
        }
        """), Code.E0620);
    assertTrue(d.message().contains("prod-us (us_east, US)"), d.message());
    assertTrue(d.labels().stream().anyMatch(l -> l.message().equals("`prod-us` is mapped here")), d.labels().toString());
  }

  @Test
  void anAgentWithoutRegionsLandsOnTheFirstAlephNode() throws IOException {
    Diagnostic d = only(compile("""
        import std.region.{us_east}
        agent a { image = "a:1" }
        policy gdpr { residency = [EU] }
        deploy prod {
          agents   = [a]
          policies = [gdpr]
          aleph { nodes { us_east = "dc3d1d194a990b5c54380c3c0439562fefa42f5a46807cba1c500ec3affecf04" } }
        }
        """), Code.E0620);
    assertTrue(d.message().contains("first Aleph node, in us_east (US)"), d.message());
  }

  @Test
  void aRegionalProviderIsAssumedUsAndTheHintSaysHowToNameItsEndpoint() throws IOException {
    Diagnostic d = only(compile("""
        import std.region.{eu_west}
        model claude {
          provider = bedrock
          name     = "anthropic.claude-3-5-sonnet"
        }
        agent a {
          image   = "a:1"
          model   = claude
          regions = [eu_west]
        }
        policy gdpr { residency = [EU] }
        deploy prod {
          agents   = [a]
          policies = [gdpr]
          kubernetes { network = cilium }
        }
        """), Code.E0620);
    assertTrue(d.message().endsWith("a → claude (bedrock, US)"), d.message());
    assertTrue(d.hint().orElseThrow().contains("declare a provider for an endpoint in [EU]"), d.hint().toString());
  }

  @Test
  void aRouterInFrontOfATeeMemberKeepsItsPromptsInTheTee() throws IOException {
    Diagnostic d = only(compile("""
        import std.tee.{sev_snp}
        model gpt4 {
          provider = openai
          name     = "gpt-4o"
        }
        agent vault {
          image = "v:1"
          tee   = sev_snp
        }
        swarm desk {
          agents = [vault]
          router = intent(gpt4)
        }
        deploy prod {
          agents = [desk]
          kubernetes {}
        }
        """), Code.E0622);
    assertTrue(d.message().contains("`vault`, a member of swarm `desk`, runs in `sev_snp`"), d.message());
  }

  @Test
  void everyAgentInATeeMeetsRequireTeeAndASelfHostedModelFollowsIt() throws IOException {
    Compilation c = compile("""
        import std.tee.{sev_snp}
        model llm {
          weights = "hf://org/llm"
          params  = 1B
        }
        agent a {
          image = "a:1"
          model = llm
          tee   = sev_snp
        }
        policy confidential {
          require_tee = true
          egress      = any
        }
        deploy prod {
          agents   = [a]
          policies = [confidential]
          kubernetes {}
        }
        """);
    assertEquals(List.of(), c.diagnostics());
  }

  @Test
  void aShellThatExpandsASecretVariablePutsItOnTheCommandLine() throws IOException {
    Diagnostic d = only(compile("""
        secret key
        agent a {
          image   = "a:1"
          command = ["sh", "-c", "exec app --token=$TOKEN --mode $MODE"]
          env {
            TOKEN = key
            MODE  = "fast"
          }
        }
        deploy prod {
          agents = [a]
          kubernetes {}
        }
        """), Code.E0625);
    assertTrue(d.message().contains("expands `$TOKEN`, the secret `key`"), d.message());
  }

  @Test
  void aStorePasswordOnTheCommandLineIsNamedAsTheStores() throws IOException {
    Diagnostic d = only(compile("""
        store db { engine = postgres }
        agent a {
          image   = "a:1"
          stores  = [db]
          command = ["migrate", "--password=$(DB_PASSWORD)"]
        }
        deploy prod {
          agents = [a]
          kubernetes {}
        }
        """), Code.E0625);
    assertTrue(d.message().contains("`$(DB_PASSWORD)`, the password of store `db`"), d.message());
  }

  @Test
  void aPasswordInAUrlIsACredentialButAVariableReferenceIsNot() throws IOException {
    Compilation c = compile("""
        secret db
        agent a {
          image = "a:1"
          env {
            DATABASE_URL = "postgres://app:hunter2@db.internal:5432/app"
            REPLICA_URL  = "postgres://app:$(DB_PASSWORD)@replica.internal:5432/app"
            DB_PASSWORD  = db
          }
        }
        deploy prod {
          agents = [a]
          aleph {}
        }
        """);
    Diagnostic d = only(c, Code.E0626);
    assertTrue(d.message().contains("a password in a URL in `DATABASE_URL`"), d.message());
    assertTrue(d.message().contains("the Aleph messages (public on-chain)"), d.message());
  }

  @Test
  void generatedVariablesAreNotMistakenForCredentials() throws IOException {
    Compilation c = compile("""
        secret key
        tool search {
          url  = "https://api.search.example"
          auth = api_key(key, header = "X-Search-Key")
        }
        agent a {
          image = "a:1"
          tools = [search]
          env { TOKEN_TTL = "3600" }
        }
        deploy prod {
          agents = [a]
          compose {}
        }
        """);
    assertEquals(List.of(), c.diagnostics());
  }

  @Test
  void plainHttpIsAllowedWhenTheToolSaysInsecureAndOtherSchemesNever() throws IOException {
    assertEquals(List.of(), codes(compile("""
        tool local {
          url      = "http://metrics.internal:9090"
          insecure = true
        }
        """)));
    assertTrue(only(compile("tool t { url = \"ftp://files.example\" }\n"), Code.E0624).message().contains("not `ftp:`"));
    assertTrue(only(compile("tool t { url = \"/api\" }\n"), Code.E0624).message().contains("must start with `https://`"));
  }

  @Test
  void swarmsThatListEachOtherAreRejectedWithoutLooping() throws IOException {
    Compilation c = compile("""
        agent a { image = "a:1" }
        swarm s1 { agents = [a, s2] }
        swarm s2 { agents = [s1, s2] }
        deploy prod {
          agents = [s1]
          kubernetes {}
        }
        """);
    assertEquals(List.of(Code.E0308, Code.E0308, Code.E0308), codes(c));
    assertTrue(c.diagnostics().stream().allMatch(d -> d.hint().orElse("").startsWith("swarms do not nest")), c.diagnostics().toString());
  }
}
