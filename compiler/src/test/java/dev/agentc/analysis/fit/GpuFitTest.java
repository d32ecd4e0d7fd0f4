package dev.agentc.analysis.fit;

import static dev.agentc.analysis.Projects.codes;
import static dev.agentc.analysis.Projects.compile;
import static dev.agentc.analysis.Projects.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentc.Compilation;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GPU fit: the formula by hand, the boundary to the byte, the hints. */
class GpuFitTest {
  @TempDir Path project;

  private static String server(String model, String gpuDecl, String gpu) {
    return gpuDecl + "\nmodel llm {\n  weights = \"hf://org/llm\"\n" + model + "\n  serve { gpu = " + gpu + " }\n}\n"
        + "agent a {\n  image = \"a:1\"\n  model = llm\n}\ndeploy prod {\n  agents = [a]\n  kubernetes {}\n}\n";
  }

  @Test
  void seventyBillionFp16ParametersDoNotFitOneH100() throws IOException {
    // weights 70e9 × 2 = 140e9 B = 130.39 GiB; KV 8000 × 70e9 × 2e-5 = 11.2e9 B = 10.43 GiB; overhead 2 GiB;
    // total 153 347 483 648 B = 142.82 GiB > 80 GiB. Two GPUs: 151.2e9 + 4 GiB = 144.82 GiB ≤ 160 GiB.
    // fp8 on one GPU: 70e9 + 11.2e9 + 2 GiB = 83 347 483 648 B = 77.62 GiB ≤ 80 GiB.
    Compilation c = compile(project, server("  params = 70B\n  context = 8K", "import std.gpu.{H100_80GB}", "1 * H100_80GB"));
    Diagnostic d = only(c, Code.E0601);
    assertEquals("`llm` does not fit its GPUs: 70B params × 2 bytes (fp16) = 130.4 GiB weights + 10.4 GiB KV cache (8000 tokens) + 2.0 GiB overhead"
        + " = 142.8 GiB > 1 × H100_80GB = 80.0 GiB", d.message());
    assertEquals("use `2 * H100_80GB` (144.8 GiB ≤ 160.0 GiB), or quantize the weights to `precision = fp8` (or `int8`) (77.6 GiB)", d.hint().orElseThrow());
  }

  @Test
  void theFormulaByHand() {
    MemoryNeed need = MemoryNeed.of(new BigDecimal("8000000000"), "fp32", 16_000, 2);
    assertEquals(new BigDecimal("32000000000"), need.weights());                 // 8e9 × 4 bytes
    assertEquals(0, new BigDecimal("5120000000").compareTo(need.kvCache()));     // 16 000 × 8e9 × 2e-5 × 2 (fp32 activations)
    assertEquals(BigDecimal.valueOf(4L << 30), need.overhead());                  // 2 GiB × 2 GPUs
    assertEquals("0.5", MemoryNeed.bytesPerParameter("int4").toPlainString());
  }

  /** 1024M int8 params, 1000 tokens: 1 024 000 000 + 20 480 000 + 2 GiB = 3 191 963 648 B = 3 117 152 KiB exactly. */
  private static String boundary(String memory) {
    return "gpu exact {\n  vendor = nvidia\n  memory = " + memory + "\n  architecture = ada\n  resource = \"nvidia.com/gpu\"\n}";
  }

  @Test
  void aModelThatNeedsExactlyTheGpuMemoryFits() throws IOException {
    Compilation c = compile(project, server("  params = 1024M\n  precision = int8\n  context = 1000", boundary("3117152Ki"), "1 * exact"));
    assertEquals(List.of(), codes(c));
  }

  @Test
  void oneKibibyteLessDoesNot() throws IOException {
    Compilation c = compile(project, server("  params = 1024M\n  precision = int8\n  context = 1000", boundary("3117151Ki"), "1 * exact"));
    assertEquals(List.of(Code.E0601), codes(c));
  }

  @Test
  void withNothingThatFitsTheHintSaysSo() throws IOException {
    Compilation c = compile(project, server("  params = 2000B", "import std.gpu.{T4}", "1 * T4"));
    assertEquals("no count up to 8 of T4 and no precision fits: use a GPU with more memory, or a shorter `context`",
        only(c, Code.E0601).hint().orElseThrow());
  }

  @Test
  void aModelWithoutParamsIsAWarningNotACrash() throws IOException {
    Compilation c = compile(project, server("", "import std.gpu.{L4}", "3 * L4"));
    assertEquals(List.of(Code.W0602, Code.W0601), codes(c));
    assertEquals("use 2 × L4 or 4 × L4", only(c, Code.W0601).hint().orElseThrow());
  }

  @Test
  void ollamaSplitsByLayersSoAnyCountWorks() throws IOException {
    String source = server("  params = 8B", "import std.gpu.{L4}", "3 * L4").replace("serve { gpu", "serve { engine = ollama  gpu");
    assertEquals(List.of(), codes(compile(project, source)));
  }

  @Test
  void aGpuMissingFromTheCatalogIsAnUnknownName() throws IOException {
    Compilation c = compile(project, server("  params = 8B", "", "1 * H100"));
    assertEquals(List.of(Code.E0204), codes(c));
  }
}
