package dev.agentc.cli;

/** {@code --color}: colour on a terminal only, always, or never. */
public enum ColorMode {
  AUTO, ALWAYS, NEVER;

  @Override
  public String toString() { return name().toLowerCase(java.util.Locale.ROOT); }
}
