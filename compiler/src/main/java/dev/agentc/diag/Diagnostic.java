package dev.agentc.diag;

import dev.agentc.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One finding: a stable code from {@link Code}, its severity, a message, the primary span,
 * secondary labels, an optional hint and an optional machine-applicable fix.
 */
public record Diagnostic(
    Code code, Severity severity, String message, Span span, List<Label> labels, Optional<String> hint, Optional<Fix> fix) {

  public Diagnostic {
    labels = List.copyOf(labels);
  }

  /** Starts a diagnostic whose message is the code's template filled with {@code args}. */
  public static Builder of(Code code, Span span, Object... args) {
    return new Builder(code, span, code.format(args));
  }

  public boolean isError() { return severity == Severity.ERROR; }

  /** Builds a diagnostic; immutable once built. */
  public static final class Builder {
    private final Code code;
    private final Span span;
    private final String message;
    private Severity severity;
    private final List<Label> labels = new ArrayList<>();
    private String hint;
    private Fix fix;

    private Builder(Code code, Span span, String message) {
      this.code = code;
      this.span = span;
      this.message = message;
      this.severity = code.severity();
    }

    public Builder label(Span where, String text) {
      if (where != null && !where.isNone()) labels.add(new Label(where, text));
      return this;
    }

    public Builder hint(String text) {
      this.hint = text;
      return this;
    }

    public Builder fix(Fix f) {
      this.fix = f;
      return this;
    }

    /** A fix that replaces the primary span, with a hint that says so. */
    public Builder suggest(String replacement) {
      this.hint = "did you mean `" + replacement + "`?";
      this.fix = Fix.replace("replace with `" + replacement + "`", span, replacement);
      return this;
    }

    public Builder severity(Severity s) {
      this.severity = s;
      return this;
    }

    public Diagnostic build() {
      return new Diagnostic(code, severity, message, span, labels, Optional.ofNullable(hint), Optional.ofNullable(fix));
    }
  }
}
