package dev.agentc.target.aleph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentc.diag.Diagnostic;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example deploy with an `aleph` block against its golden files, unsigned (fixed sender)
 * and signed with the §9 test key, both at a fixed time. `-Dagentc.updateGolden=true` rewrites them.
 */
class GoldenTest {
  static final String UPDATE = "agentc.updateGolden";
  static final String SIGNED = "messages.signed.json";

  static List<AlephTestSupport.ExamplePlan> plans() { return AlephTestSupport.examplePlans(); }

  static Path goldenDir() { return AlephTestSupport.moduleDir().resolve("src/test/resources/golden"); }

  @Test
  void theExamplesCoverAleph() {
    assertTrue(plans().size() >= 2, "the examples have Aleph deploys: " + plans());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void unsigned(AlephTestSupport.ExamplePlan p) throws IOException {
    compare(p, AlephTestSupport.unsigned(), AlephTarget.FILE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void signed(AlephTestSupport.ExamplePlan p, @TempDir Path tmp) throws IOException {
    compare(p, AlephTestSupport.signed(AlephTestSupport.keyFile(tmp, AlephTestSupport.TEST_KEY)), SIGNED);
  }

  private static void compare(AlephTestSupport.ExamplePlan p, BuildOptions options, String file) throws IOException {
    AlephTarget target = new AlephTarget();
    List<Diagnostic> errors = target.check(p.plan(), options).stream().filter(Diagnostic::isError).toList();
    assertTrue(errors.isEmpty(), () -> p + ": " + errors);
    Output out = target.emit(p.plan(), options);
    String actual = AlephTestSupport.messagesJson(out);
    Path golden = goldenDir().resolve(p.example()).resolve(p.plan().dnsName()).resolve(file);
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), () -> golden + " is missing: run with -D" + UPDATE + "=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, () -> p + " differs from " + golden);
  }
}
