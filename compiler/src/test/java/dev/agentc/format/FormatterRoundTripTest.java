package dev.agentc.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Formatting generated programs keeps their tree and comments, and formatting again changes nothing. */
class FormatterRoundTripTest {
  private static final int SEEDS = 500;

  static LongStream seeds() { return LongStream.range(0, SEEDS); }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedProgramRoundTrips(long seed) {
    RoundTrip.check("seed " + seed + " (ProgramGenerator.generate(" + seed + "L))", ProgramGenerator.generate(seed));
  }

  /** The property is only as good as the programs: every construct must turn up. */
  @Test
  void generatorCoversTheLanguage() {
    String all = seeds().mapToObj(ProgramGenerator::generate).collect(Collectors.joining("\n"));
    List<String> constructs = List.of("module ", "import ", " as ", ".{", "let ", "abstract ", " from ", "override ", "..",
        "Gi", "ms", "%", "/min", " USD", "EUR/", "\"\"\"", "${", "\\u{", "\\\"", "none", "true", " * ", "-(", "(", "[",
        "\n]", " = ", "// ", "/// ", "; ", ", ");
    for (String c : constructs) assertTrue(all.contains(c), "no generated program contains " + c);
  }
}
