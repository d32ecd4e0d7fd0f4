package dev.agentc.ir;

import dev.agentc.source.Span;
import java.util.regex.Pattern;

/** An amount of memory or storage in bytes, with the text it was written as. */
public record Memory(long bytes, String text, Span span) {
  private static final long MI = 1L << 20;
  private static final Pattern BINARY = Pattern.compile("[0-9]+(Ki|Mi|Gi|Ti)"); // String.matches compiles it on every call

  /** A Kubernetes quantity: binary units as written, otherwise plain bytes (`1GB` is not a Kubernetes suffix). */
  public String kubernetes() {
    if (BINARY.matcher(text).matches()) return text;
    if (bytes % (1L << 30) == 0) return bytes / (1L << 30) + "Gi";
    if (bytes % MI == 0) return bytes / MI + "Mi";
    return Long.toString(bytes);
  }

  /** Whole MiB, rounded up. */
  public long mib() { return (bytes + MI - 1) / MI; }
}
