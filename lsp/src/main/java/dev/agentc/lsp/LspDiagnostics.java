package dev.agentc.lsp;

import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Label;
import dev.agentc.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;

/** The compiler's diagnostics as LSP diagnostics: code, severity, message with its hint, labels as related information. */
final class LspDiagnostics {
  static final String SOURCE = "agentc";

  private LspDiagnostics() {}

  static org.eclipse.lsp4j.Diagnostic of(Diagnostic d, SourceFile file, Snapshot s, Positions positions) {
    String message = d.message() + d.hint().map(h -> "\nhelp: " + h).orElse("");
    org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(positions.range(file, d.span()), message, severity(d), SOURCE, d.code().name());
    List<DiagnosticRelatedInformation> related = new ArrayList<>();
    for (Label label : d.labels()) {
      Optional<SourceFile> where = s.file(label.span().file());
      where.ifPresent(f -> related.add(new DiagnosticRelatedInformation(
          new Location(s.path(f.path()).toUri().toString(), positions.range(f, label.span())), label.message())));
    }
    if (!related.isEmpty()) out.setRelatedInformation(related);
    return out;
  }

  private static DiagnosticSeverity severity(Diagnostic d) {
    return switch (d.severity()) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case NOTE -> DiagnosticSeverity.Information;
    };
  }
}
