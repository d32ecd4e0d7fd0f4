package dev.agentc.syntax;

import dev.agentc.diag.Diagnostic;
import java.util.List;

/** A syntax tree (partial when there were errors) and the diagnostics of lexing and parsing. */
public record ParseResult(SourceUnit unit, List<Diagnostic> diagnostics) {
  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }
}
