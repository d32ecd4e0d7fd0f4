package dev.agentc.analysis.fit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The GPU memory a model server needs to start, in bytes, which the fit check compares with
 * count × VRAM of its GPUs:
 *
 * <pre>
 *   weights  = params × bytes per parameter    fp32 4, fp16 2, bf16 2, fp8 1, int8 1, int4 0.5
 *   KV cache = context × params × 2·10⁻⁵ bytes  × 2 for fp32 (16-bit activations otherwise, quantized weights included)
 *   overhead = 2 GiB × GPUs                     CUDA context, activations and CUDA graphs of each tensor-parallel rank
 * </pre>
 *
 * <p>The KV cache is that of one sequence of the full context: vLLM refuses to start when its
 * `--max-model-len` does not fit. No catalog gives a model's layers and attention heads, so the
 * estimate scales with the parameter count: 160 KB per token for 8B parameters, 1.4 MB for 70B.
 * That is above the real size for grouped-query-attention models (Llama 3 8B: 128 KiB per token,
 * Llama 3 70B: 320 KiB); older multi-head-attention models need more (Llama 2 7B: 512 KiB).
 */
public record MemoryNeed(BigDecimal weights, BigDecimal kvCache, BigDecimal overhead) {
  public static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);
  static final BigDecimal KV_BYTES_PER_PARAM_TOKEN = new BigDecimal("0.00002");
  static final BigDecimal OVERHEAD_PER_GPU = BigDecimal.valueOf(2).multiply(GIB);

  public static MemoryNeed of(BigDecimal params, String precision, long context, int gpus) {
    BigDecimal activations = precision.equals("fp32") ? BigDecimal.valueOf(2) : BigDecimal.ONE;
    return new MemoryNeed(params.multiply(bytesPerParameter(precision)),
        params.multiply(BigDecimal.valueOf(context)).multiply(KV_BYTES_PER_PARAM_TOKEN).multiply(activations),
        OVERHEAD_PER_GPU.multiply(BigDecimal.valueOf(gpus)));
  }

  public BigDecimal total() { return weights.add(kvCache).add(overhead); }

  /** Bytes per weight of a `precision`. */
  public static BigDecimal bytesPerParameter(String precision) {
    return switch (precision) {
      case "fp32" -> BigDecimal.valueOf(4);
      case "fp8", "int8" -> BigDecimal.ONE;
      case "int4" -> new BigDecimal("0.5");
      default -> BigDecimal.valueOf(2); // fp16, bf16
    };
  }

  /** Bytes as GiB with one decimal, e.g. `130.4 GiB`. */
  public static String gib(BigDecimal bytes) { return bytes.divide(GIB, 1, RoundingMode.HALF_UP).toPlainString() + " GiB"; }
}
