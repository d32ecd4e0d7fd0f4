package dev.agentc.diag.render;

import dev.agentc.diag.Severity;

/** ANSI styling for the human renderer and plans; every method returns its text unchanged when colour is off. */
public final class Style {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String GREEN = "\u001b[1;32m";
  private static final String CYAN = "\u001b[1;36m";
  private static final String BLUE = "\u001b[1;34m";

  private final boolean on;

  public Style(boolean on) { this.on = on; }

  private String wrap(String code, String text) {
    return on && !text.isEmpty() ? code + text + RESET : text;
  }

  public String bold(String text) { return wrap(BOLD, text); }

  /** A line of a plan by its mark, as terraform colours them: `+` green, `~` yellow, `-` red. */
  public String change(String mark, String text) {
    return wrap(switch (mark) {
      case "+" -> GREEN;
      case "-" -> RED;
      default -> YELLOW;
    }, text);
  }

  /** Gutter, line numbers, arrows and secondary labels. */
  String accent(String text) { return wrap(BLUE, text); }

  String help(String text) { return wrap(CYAN, text); }

  String level(Severity severity, String text) {
    return wrap(switch (severity) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case NOTE -> GREEN;
    }, text);
  }
}
