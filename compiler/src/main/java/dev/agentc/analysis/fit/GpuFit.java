package dev.agentc.analysis.fit;

import dev.agentc.analysis.Analysis;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Resources.GpuRequest;
import dev.agentc.ir.ServedModel;
import dev.agentc.ir.Sourced;
import dev.agentc.ir.Workload;
import dev.agentc.model.Model;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether every self-hosted model fits the GPUs of its server ({@link MemoryNeed} has the
 * formula), and whether the serving engine can split it across that many GPUs.
 */
public final class GpuFit implements Analysis {
  /** A node holds at most this many GPUs; tensor parallelism does not cross nodes. */
  static final int MAX_GPUS = 8;

  @Override
  public List<Diagnostic> check(Model model, Plan plan) {
    List<Diagnostic> out = new ArrayList<>();
    for (Workload w : plan.workloads()) {
      if (w.served().isEmpty() || w.resources().gpu().isEmpty()) continue;
      ServedModel m = w.served().get();
      GpuRequest gpu = w.resources().gpu().get();
      splittable(m, gpu).ifPresent(out::add);
      if (m.params().isEmpty()) {
        out.add(Diagnostic.of(Code.W0602, w.span(), "`" + m.name() + "` does not say its `params`, so whether it fits " + gpus(gpu.count(), gpu)
                + " is unknown").label(gpu.span(), "its GPUs").hint("declare its size, e.g. `params = 8B`").build());
      } else {
        fit(m, m.params().get(), gpu).ifPresent(out::add);
      }
    }
    return out;
  }

  /** vLLM and TGI shard a model by attention heads, which models have in powers of two. */
  private static Optional<Diagnostic> splittable(ServedModel m, GpuRequest gpu) {
    if (!(m.engine().equals("vllm") || m.engine().equals("tgi")) || Integer.bitCount(gpu.count()) == 1) return Optional.empty();
    int lower = Integer.highestOneBit(gpu.count());
    String engine = m.engine().equals("vllm") ? "vLLM" : "TGI";
    return Optional.of(Diagnostic.of(Code.W0601, gpu.span(), engine + " cannot split `" + m.name() + "` across " + gpu.count()
            + " GPUs: tensor parallelism needs a count that divides the model's attention heads, in practice 1, 2, 4 or 8")
        .hint("use " + gpus(lower, gpu) + (lower * 2 <= MAX_GPUS ? " or " + gpus(lower * 2, gpu) : "")).build());
  }

  private static Optional<Diagnostic> fit(ServedModel m, Sourced<BigDecimal> params, GpuRequest gpu) {
    MemoryNeed need = MemoryNeed.of(params.value(), m.precision().value(), m.context().value(), gpu.count());
    BigDecimal capacity = capacity(gpu, gpu.count());
    if (need.total().compareTo(capacity) <= 0) return Optional.empty();
    String arithmetic = count(params.value()) + " params × " + MemoryNeed.bytesPerParameter(m.precision().value()).stripTrailingZeros().toPlainString()
        + " bytes (" + m.precision().value() + ") = " + MemoryNeed.gib(need.weights()) + " weights + " + MemoryNeed.gib(need.kvCache())
        + " KV cache (" + m.context().value() + " tokens) + " + MemoryNeed.gib(need.overhead()) + " overhead = " + MemoryNeed.gib(need.total())
        + " > " + gpus(gpu.count(), gpu) + " = " + MemoryNeed.gib(capacity);
    Diagnostic.Builder d = Diagnostic.of(Code.E0601, gpu.span(), "`" + m.name() + "` does not fit its GPUs: " + arithmetic)
        .label(params.span(), "the weights' size").hint(remedy(m, params.value(), gpu));
    if (!m.precision().span().isNone()) d.label(m.precision().span(), "the weights' precision");
    if (!m.context().span().isNone()) d.label(m.context().span(), "the KV cache's size");
    return Optional.of(d.build());
  }

  /** The smallest power-of-two count of the same GPU that fits, and the largest precision that fits the current count. */
  private static String remedy(ServedModel m, BigDecimal params, GpuRequest gpu) {
    List<String> ways = new ArrayList<>();
    for (int n = gpu.count() + 1; n <= MAX_GPUS; n++) {
      if (Integer.bitCount(n) == 1 && fits(params, m.precision().value(), m.context().value(), gpu, n)) {
        ways.add("use `" + n + " * " + gpu.gpu().name() + "` (" + MemoryNeed.gib(MemoryNeed.of(params, m.precision().value(), m.context().value(), n).total())
            + " ≤ " + MemoryNeed.gib(capacity(gpu, n)) + ")");
        break;
      }
    }
    BigDecimal current = MemoryNeed.bytesPerParameter(m.precision().value());
    for (String p : List.of("fp8", "int4")) {
      if (MemoryNeed.bytesPerParameter(p).compareTo(current) < 0 && fits(params, p, m.context().value(), gpu, gpu.count())) {
        ways.add("quantize the weights to `precision = " + p + "`" + (p.equals("fp8") ? " (or `int8`)" : "") + " ("
            + MemoryNeed.gib(MemoryNeed.of(params, p, m.context().value(), gpu.count()).total()) + ")");
        break;
      }
    }
    if (ways.isEmpty()) return "no count up to " + MAX_GPUS + " of " + gpu.gpu().name() + " and no precision fits: use a GPU with more memory, or a shorter `context`";
    return String.join(", or ", ways);
  }

  private static boolean fits(BigDecimal params, String precision, long context, GpuRequest gpu, int count) {
    return MemoryNeed.of(params, precision, context, count).total().compareTo(capacity(gpu, count)) <= 0;
  }

  private static BigDecimal capacity(GpuRequest gpu, int count) { return BigDecimal.valueOf(gpu.gpu().memoryBytes()).multiply(BigDecimal.valueOf(count)); }

  private static String gpus(int count, GpuRequest gpu) { return count + " × " + gpu.gpu().name(); }

  /** A parameter count as written in `.agent`: `70B`, `1.5B`, `500M`. */
  static String count(BigDecimal n) {
    String[] units = {"B", "M", "K"};
    BigDecimal[] factors = {BigDecimal.TEN.pow(9), BigDecimal.TEN.pow(6), BigDecimal.TEN.pow(3)};
    for (int i = 0; i < units.length; i++) {
      if (n.compareTo(factors[i]) >= 0) return n.divide(factors[i]).stripTrailingZeros().toPlainString() + units[i];
    }
    return n.stripTrailingZeros().toPlainString();
  }
}
