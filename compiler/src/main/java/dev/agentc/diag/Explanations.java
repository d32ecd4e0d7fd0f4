package dev.agentc.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The long explanations of the diagnostic codes: one Markdown resource per code,
 * {@code dev/agentc/diag/explain/<CODE>.md}, shipped inside the compiler.
 */
public final class Explanations {
  private Explanations() {}

  /** The explanation of {@code code}, or none when its resource is missing. */
  public static Optional<Explanation> of(Code code) {
    try (InputStream in = Explanations.class.getResourceAsStream("explain/" + code.name() + ".md")) {
      if (in == null) return Optional.empty();
      return Optional.of(new Explanation(code, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
