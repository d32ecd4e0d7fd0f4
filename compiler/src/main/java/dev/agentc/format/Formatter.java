package dev.agentc.format;

import dev.agentc.syntax.SourceUnit;

/** The canonical layout of `.agent` source (`agentc fmt`). */
public final class Formatter {
  private Formatter() {}

  /** Formats a syntax tree that parsed without errors; comments are kept. */
  public static String format(SourceUnit unit) {
    throw new UnsupportedOperationException("formatter not written yet");
  }
}
