package dev.agentc.apply;

import dev.agentc.diag.Diagnostic;

/** A provisioning step that cannot go on: the diagnostic says where, why, and the way out. */
public final class ApplyException extends RuntimeException {
  private final transient Diagnostic diagnostic;

  public ApplyException(Diagnostic diagnostic) {
    super(diagnostic.message(), null, false, false);
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() { return diagnostic; }
}
