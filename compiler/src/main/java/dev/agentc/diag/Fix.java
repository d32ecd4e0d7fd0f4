package dev.agentc.diag;

import dev.agentc.source.Span;
import java.util.List;

/** A machine-applicable fix: text edits a tool may apply without asking. */
public record Fix(String title, List<Edit> edits) {
  public Fix { edits = List.copyOf(edits); }

  public static Fix replace(String title, Span span, String replacement) {
    return new Fix(title, List.of(new Edit(span, replacement)));
  }

  /** Replace the text of {@code span} with {@code replacement}. */
  public record Edit(Span span, String replacement) {}
}
