package dev.agentc.ir;

import dev.agentc.model.DnsNames;
import java.util.Locale;

/** Names in the output: DNS-1123 labels and upper-snake environment variable prefixes. */
public final class Names {
  private Names() {}

  /** `support_bot` → `support-bot` (LANGUAGE.md §9). */
  public static String dns(String name) { return DnsNames.of(name); }

  /** `support_bot` → `SUPPORT_BOT`, the prefix of `<NAME>_URL`. */
  public static String env(String name) { return name.toUpperCase(Locale.ROOT).replace('-', '_'); }

  /** The model server of a self-hosted model. */
  public static String modelServer(String model) { return dns(model) + "-model"; }
}
