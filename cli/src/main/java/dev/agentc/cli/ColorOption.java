package dev.agentc.cli;

import picocli.CommandLine.Option;

/** The {@code --color} option shared by the commands that print diagnostics. */
public final class ColorOption {
  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", converter = LowercaseEnum.Colors.class,
      description = "Colour diagnostics: ${COMPLETION-CANDIDATES}. auto: on a terminal, unless NO_COLOR is set. Default: ${DEFAULT-VALUE}.")
  ColorMode mode = ColorMode.AUTO;
}
