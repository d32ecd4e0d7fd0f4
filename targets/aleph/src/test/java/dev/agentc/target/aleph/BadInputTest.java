package dev.agentc.target.aleph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.build.Build;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.target.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad input is one clear diagnostic with its code, and the Aleph build writes nothing: bad
 * key files (E0010, one reason each, never echoing the file's content), regions without a node
 * (E0507), secrets outside a confidential VM (E0508), TEEs Aleph cannot provide (E0505), sizes
 * over Aleph's limits (E0509), and the options that stamp messages.
 */
class BadInputTest {
  static final String NODE = "4d4db19afca380fdf06ba7f916153d0f740db9de9eee23ad26ba96a90d8a2920";
  static final String GOOD = """
      module t.bad

      import std.region.{eu_west}

      agent faq {
        image   = "ghcr.io/acme/faq:2.0"
        regions = [eu_west]
      }

      deploy community {
        agents = [faq]
        aleph { nodes { eu_west = "%s" } }
      }
      """.formatted(NODE);

  @TempDir Path tmp;

  /** Builds {@code source} for Aleph: the diagnostics, after asserting that no unit (no file) was produced. */
  private List<Diagnostic> build(String source, BuildOptions options) throws IOException {
    Path project = tmp.resolve("project");
    Files.createDirectories(project);
    Files.writeString(project.resolve("agent.project"), "");
    Files.writeString(project.resolve("main.agent"), source);
    List<Compilation> compilations = Compiler.check(project);
    Build.Result result = Build.run(compilations, List.of(new AlephTarget()), new Build.Request(Optional.empty(), Optional.empty(), options, false));
    assertTrue(result.units().isEmpty(), () -> "files were produced: " + result.units());
    assertTrue(result.hasErrors());
    return result.diagnostics().stream().filter(Diagnostic::isError).toList();
  }

  private Diagnostic only(List<Diagnostic> errors, Code code) {
    assertEquals(1, errors.size(), errors::toString);
    assertEquals(code, errors.get(0).code(), errors::toString);
    return errors.get(0);
  }

  private Diagnostic keyRefused(Path key, String reason) throws IOException {
    Diagnostic d = only(build(GOOD, AlephTestSupport.signed(key)), Code.E0010);
    assertTrue(d.message().startsWith("cannot use the signing key `" + key + "`: "), d.message());
    assertTrue(d.message().contains(reason), d.message());
    return d;
  }

  private Path key(String text, String perms) throws IOException {
    Path file = tmp.resolve("key-" + Math.abs(text.hashCode()) + perms.hashCode());
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(perms));
    return file;
  }

  @Test
  void theGoodSourceBuilds() throws IOException {
    Path project = tmp.resolve("good");
    Files.createDirectories(project);
    Files.writeString(project.resolve("agent.project"), "");
    Files.writeString(project.resolve("main.agent"), GOOD);
    Build.Result result = Build.run(Compiler.check(project), List.of(new AlephTarget()),
        new Build.Request(Optional.empty(), Optional.empty(), AlephTestSupport.signed(key(AlephTestSupport.TEST_KEY, "rw-------")), false));
    assertFalse(result.hasErrors(), result.diagnostics()::toString);
    assertEquals(1, result.units().size());
  }

  @Test
  void missingKeyFile() throws IOException {
    keyRefused(tmp.resolve("nope"), "the file does not exist");
  }

  @Test
  void unreadableKeyFile() throws IOException {
    Path dir = tmp.resolve("a-directory");
    Files.createDirectories(dir);
    keyRefused(dir, "it is not a regular file");
  }

  @Test
  void worldReadableKeyFile() throws IOException {
    Diagnostic d = keyRefused(key(AlephTestSupport.TEST_KEY, "rw-r--r--"), "let group or others use it");
    assertTrue(d.hint().orElseThrow().contains("chmod 600"));
  }

  @Test
  void groupReadableKeyFile() throws IOException {
    keyRefused(key(AlephTestSupport.TEST_KEY, "rw-r-----"), "let group or others use it");
  }

  @Test
  void keyFileThatIsNotHex() throws IOException {
    String secretLooking = "zz74bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80zz";
    Diagnostic d = keyRefused(key(secretLooking, "rw-------"), "it is not hex");
    assertFalse(d.toString().contains("bec39a17"), "the key's text is never echoed");
  }

  @Test
  void keyFileOfTheWrongLength() throws IOException {
    Diagnostic d = keyRefused(key("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff", "rw-------"), "it holds 62 hex digits");
    assertFalse(d.toString().contains("bec39a17"));
  }

  @Test
  void keyFileFarTooLong() throws IOException {
    keyRefused(key("ab".repeat(600), "rw-------"), "larger than 1024 bytes");
  }

  @Test
  void zeroKey() throws IOException {
    keyRefused(key("0".repeat(64), "rw-------"), "the key is zero");
  }

  @Test
  void keyAtTheCurveOrder() throws IOException {
    keyRefused(key("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", "rw-------"), "not below the secp256k1 group order");
  }

  @Test
  void keyFromTheEnvironmentIsCheckedToo() throws IOException {
    Path key = tmp.resolve("missing-from-env");
    BuildOptions options = new BuildOptions(Optional.empty(), Optional.empty(), Optional.of(AlephTestSupport.TIME), Map.of(KeyFile.ENV, key.toString()));
    assertTrue(only(build(GOOD, options), Code.E0010).message().contains("the file does not exist"));
  }

  @Test
  void senderThatIsNotTheKeysAddress() throws IOException {
    BuildOptions options = new BuildOptions(Optional.of(key(AlephTestSupport.TEST_KEY, "rw-------")), Optional.of(AlephTestSupport.SENDER),
        Optional.of(AlephTestSupport.TIME), Map.of());
    Diagnostic d = only(build(GOOD, options), Code.E0010);
    assertTrue(d.message().contains("it signs for " + AlephTestSupport.TEST_ADDRESS), d.message());
  }

  @Test
  void senderThatIsNotAnAddress() throws IOException {
    BuildOptions options = new BuildOptions(Optional.empty(), Optional.of("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92267"), Optional.of(AlephTestSupport.TIME),
        Map.of());
    assertTrue(only(build(GOOD, options), Code.E0305).message().contains("--sender"));
  }

  @Test
  void sourceDateEpochThatIsNotANumber() throws IOException {
    BuildOptions options = new BuildOptions(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(Stamp.SOURCE_DATE_EPOCH, "yesterday"));
    assertTrue(only(build(GOOD, options), Code.E0305).message().contains(Stamp.SOURCE_DATE_EPOCH));
  }

  @Test
  void timeInMilliseconds() throws IOException {
    BuildOptions options = new BuildOptions(Optional.empty(), Optional.empty(), Optional.of(1_767_225_600_000L), Map.of());
    only(build(GOOD, options), Code.E0307);
  }

  @Test
  void regionWithoutANode() throws IOException {
    String source = GOOD.replace("import std.region.{eu_west}", "import std.region.{eu_west, us_east}")
        .replace("regions = [eu_west]", "regions = [eu_west, us_east]");
    Diagnostic d = only(build(source, AlephTestSupport.unsigned()), Code.E0507);
    assertTrue(d.message().contains("`faq` runs in `us_east`"), d.message());
    assertEquals(7, d.span().line());
    assertEquals("us_east", source.lines().toList().get(6).substring(d.span().column() - 1, d.span().endColumn() - 1));
  }

  @Test
  void gpuWithoutAnyNode() throws IOException {
    String source = """
        module t.bad

        import std.gpu.{L40S}

        model llama {
          weights = "hf://meta-llama/Llama-3.1-8B-Instruct"
          params  = 8B
          serve { gpu = 1 * L40S }
        }

        agent faq {
          image = "ghcr.io/acme/faq:2.0"
          model = llama
        }

        deploy community {
          agents = [faq]
          aleph { channel = "T" }
        }
        """;
    assertTrue(only(build(source, AlephTestSupport.unsigned()), Code.E0507).message().contains("needs a pinned CRN for its GPU"));
  }

  @Test
  void secretOutsideAConfidentialVm() throws IOException {
    String source = GOOD.replace("agent faq {", "secret api_key\n\nagent faq {").replace("regions = [eu_west]", "regions = [eu_west]\n  env { API_KEY = api_key }");
    Diagnostic d = only(build(source, AlephTestSupport.unsigned()), Code.E0508);
    assertTrue(d.message().contains("`API_KEY`"), d.message());
    assertTrue(d.hint().orElseThrow().contains("tee = sev"));
  }

  @Test
  void teeOtherThanSev() throws IOException {
    String source = GOOD.replace("import std.region.{eu_west}", "import std.region.{eu_west}\nimport std.tee.{sev_snp}")
        .replace("regions = [eu_west]", "regions = [eu_west]\n  tee = sev_snp");
    assertTrue(only(build(source, AlephTestSupport.unsigned()), Code.E0505).message().contains("AMD SEV only"));
  }

  @Test
  void teeWithAGpu() throws IOException {
    // A TEE Aleph can provide that claims a GPU, and a GPU with a confidential mode: the IR accepts them, Aleph cannot.
    String source = GOOD.replace("agent faq {", """
        tee sev_gpu {
          vendor    = amd
          isolation = vm
          gpu       = true
          targets   = [aleph]
        }

        gpu H100X {
          vendor       = nvidia
          memory       = 80Gi
          architecture = hopper
          confidential = true
          resource     = "nvidia.com/gpu"
          aleph {
            vendor       = "NVIDIA"
            device_name  = "GH100 [H100 SXM5 80GB]"
            device_class = "0302"
            device_id    = "10de:2330"
          }
        }

        agent faq {""").replace("regions = [eu_west]", "regions = [eu_west]\n  tee = sev_gpu\n  resources { gpu = 1 * H100X }")
        .replace("aleph { nodes", "aleph { rootfs = \"" + NODE + "\"  nodes");
    assertTrue(only(build(source, AlephTestSupport.unsigned()), Code.E0505).message().contains("no GPU in a confidential VM"));
  }

  @Test
  void confidentialVmWithoutItsOwnImage() throws IOException {
    String source = GOOD.replace("import std.region.{eu_west}", "import std.region.{eu_west}\nimport std.tee.{sev}")
        .replace("regions = [eu_west]", "regions = [eu_west]\n  tee = sev");
    assertTrue(only(build(source, AlephTestSupport.unsigned()), Code.E0511).message().contains("encrypted image"));
  }

  @Test
  void gpuWithoutAnAlephDevice() throws IOException {
    String source = GOOD.replace("import std.region.{eu_west}", "import std.region.{eu_west}\nimport std.gpu.{H100_80GB}")
        .replace("regions = [eu_west]", "regions = [eu_west]\n  resources { gpu = 1 * H100_80GB }");
    Diagnostic d = only(build(source, AlephTestSupport.unsigned()), Code.E0501);
    assertTrue(d.message().contains("`H100_80GB` GPUs: the catalog names Aleph's `h100` but not its device"), d.message());
  }

  @Test
  void memoryOverTheLimit() throws IOException {
    String source = GOOD.replace("regions = [eu_west]", "regions = [eu_west]\n  resources { memory = 2048Gi }");
    assertTrue(only(build(source, AlephTestSupport.unsigned()), Code.E0509).message().contains("2097152 MiB of memory"));
  }

  @Test
  void diskOverTheLimit() throws IOException {
    String source = GOOD.replace("regions = [eu_west]", "regions = [eu_west]\n  resources { ephemeral = 2000Gi }");
    assertTrue(only(build(source, AlephTestSupport.unsigned()), Code.E0509).message().contains("2048000 MiB of disk"));
  }

  @Test
  void storeOverTheLimit() throws IOException {
    String source = GOOD.replace("agent faq {", "store big {\n  engine = redis\n  size = 2000Gi\n}\n\nagent faq {")
        .replace("regions = [eu_west]", "regions = [eu_west]\n  stores = [big]");
    assertTrue(only(build(source, AlephTestSupport.unsigned()), Code.E0509).message().contains("2048000 MiB of storage"));
  }

  @Test
  void variableOverTheLimit() throws IOException {
    String source = GOOD.replace("regions = [eu_west]", "regions = [eu_west]\n  env { NOTES = \"" + "x".repeat(5000) + "\" }");
    assertTrue(only(build(source, AlephTestSupport.unsigned()), Code.E0509).message().contains("the variable `NOTES` of `faq` is too long"));
  }

  @Test
  void contentOverTheInlineLimit() throws IOException {
    StringBuilder env = new StringBuilder("  env {\n");
    for (int i = 0; i < 60; i++) env.append("    NOTE_").append(i).append(" = \"").append("x".repeat(4000)).append("\"\n");
    String source = GOOD.replace("regions = [eu_west]", "regions = [eu_west]\n" + env + "  }");
    assertTrue(only(build(source, AlephTestSupport.unsigned()), Code.E0509).message().contains("characters of content"));
  }
}
