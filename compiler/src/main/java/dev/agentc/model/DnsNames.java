package dev.agentc.model;

import java.util.Locale;

/** LANGUAGE.md §9: declaration names become DNS-1123 labels in every target's output. */
public final class DnsNames {
  private DnsNames() {}

  /** The longest name of a workload: room is left for the suffixes targets add (`-model`, `-secrets`, `-canary`) under 63. */
  public static final int MAX_NAME = 50;

  /** `support_bot` → `support-bot`. */
  public static String of(String name) { return name.toLowerCase(Locale.ROOT).replace('_', '-'); }

  /** Whether {@code text} is a DNS-1123 label (at most 63 characters). */
  public static boolean isLabel(String text) {
    if (text.isEmpty() || text.length() > 63) return false;
    // [a-z0-9]([-a-z0-9]*[a-z0-9])?, without a regex: it runs for every workload of every deploy
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean alnum = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      if (!alnum && (c != '-' || i == 0 || i == text.length() - 1)) return false;
    }
    return true;
  }
}
