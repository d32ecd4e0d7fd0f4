package dev.agentc.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** LANGUAGE.md §9: declaration names become DNS-1123 labels in every target's output. */
public final class DnsNames {
  private DnsNames() {}

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  /** The longest name of a workload: room is left for the suffixes targets add (`-model`, `-secrets`, `-canary`) under 63. */
  public static final int MAX_NAME = 50;

  /** `support_bot` → `support-bot`. */
  public static String of(String name) { return name.toLowerCase(Locale.ROOT).replace('_', '-'); }

  /** Whether {@code text} is a DNS-1123 label (at most 63 characters). */
  public static boolean isLabel(String text) { return text.length() <= 63 && LABEL.matcher(text).matches(); }
}
