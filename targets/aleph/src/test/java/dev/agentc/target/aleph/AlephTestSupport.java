package dev.agentc.target.aleph;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.ir.Plan;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the Aleph tests share: the repository's examples, fixed build options, the §9 test key, and JSON reading. */
final class AlephTestSupport {
  /** aleph.md §9: the publicly known Hardhat/Anvil dev key #0. Never use it on mainnet. */
  static final String TEST_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
  static final String TEST_ADDRESS = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
  /** 2026-01-01T00:00:00Z, the time of the §9 examples (without their fraction). */
  static final long TIME = 1767225600L;
  static final String SENDER = "0x000000000000000000000000000000000000a9e7";
  /** Reads numbers with a fraction as BigDecimal, so times compare exactly. */
  static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private AlephTestSupport() {}

  /** One deploy of an example that builds for Aleph. */
  record ExamplePlan(String example, Plan plan) {
    @Override
    public String toString() { return example + "/" + plan.dnsName(); }
  }

  /** The module's folder, wherever Maven or an IDE runs the tests from. */
  static Path moduleDir() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("src/test/node")) ? here : here.resolve("targets/aleph");
  }

  static Path examplesDir() { return moduleDir().resolve("../../examples").normalize(); }

  /** Every deploy of every example with an `aleph` block; the examples must compile without errors. */
  static List<ExamplePlan> examplePlans() {
    List<ExamplePlan> out = new ArrayList<>();
    for (Compilation c : Compiler.check(examplesDir())) {
      assertFalse(c.hasErrors(), () -> c.project().root() + ": " + c.diagnostics());
      String example = Path.of(c.project().root()).getFileName().toString();
      for (Plan p : c.plans()) if (p.settings().aleph().isPresent()) out.add(new ExamplePlan(example, p));
    }
    out.sort(java.util.Comparator.comparing(ExamplePlan::toString));
    return out;
  }

  static BuildOptions unsigned() { return new BuildOptions(Optional.empty(), Optional.of(SENDER), Optional.of(TIME), Map.of()); }

  static BuildOptions signed(Path keyFile) { return new BuildOptions(Optional.of(keyFile), Optional.empty(), Optional.of(TIME), Map.of()); }

  /** Writes {@code text} to {@code dir}/key with owner-only permissions. */
  static Path keyFile(Path dir, String text) {
    try {
      Path file = dir.resolve("key");
      Files.writeString(file, text);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one file an Aleph build writes, as text. */
  static String messagesJson(Output out) {
    return new String(out.files().stream().filter(a -> a.path().equals(AlephTarget.FILE)).findFirst().orElseThrow().bytes(), StandardCharsets.UTF_8);
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
