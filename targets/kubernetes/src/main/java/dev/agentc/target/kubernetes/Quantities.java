package dev.agentc.target.kubernetes;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Kubernetes quantities in their canonical short forms: `4`, `500m`, `8Gi`, `512Mi`. */
final class Quantities {
  private static final long KI = 1L << 10;
  private static final long MI = 1L << 20;
  private static final long GI = 1L << 30;

  private Quantities() {}

  /** CPU cores: whole cores as an integer, otherwise millicores rounded up. */
  static Quantity cpu(BigDecimal cores) {
    BigDecimal whole = cores.stripTrailingZeros();
    if (whole.scale() <= 0) return new Quantity(whole.toBigInteger().toString());
    return new Quantity(cores.movePointRight(3).setScale(0, RoundingMode.CEILING).toPlainString() + "m");
  }

  /** Bytes in the largest binary unit that divides them. */
  static Quantity bytes(long bytes) {
    if (bytes != 0 && bytes % GI == 0) return new Quantity(bytes / GI + "Gi");
    if (bytes != 0 && bytes % MI == 0) return new Quantity(bytes / MI + "Mi");
    if (bytes != 0 && bytes % KI == 0) return new Quantity(bytes / KI + "Ki");
    return new Quantity(Long.toString(bytes));
  }

  static Quantity count(long n) { return new Quantity(Long.toString(n)); }

  /** A duration for Argo Rollouts and the like: `10m`, `1h`, or whole seconds rounded up. */
  static String duration(long ms) {
    if (ms > 0 && ms % 3_600_000 == 0) return ms / 3_600_000 + "h";
    if (ms > 0 && ms % 60_000 == 0) return ms / 60_000 + "m";
    return seconds(ms) + "s";
  }

  static int seconds(long ms) { return (int) Math.min(Integer.MAX_VALUE, (ms + 999) / 1000); }
}
