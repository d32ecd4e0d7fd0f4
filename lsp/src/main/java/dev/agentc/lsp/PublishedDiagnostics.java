package dev.agentc.lsp;

import dev.agentc.source.SourceFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.lsp4j.Diagnostic;

/**
 * What the client was last sent for each file of each project. A check publishes only the files
 * whose text or diagnostics changed since, and clears the files that left the project: one
 * keystroke sends the edited file's diagnostics, not those of every file of the project again.
 */
final class PublishedDiagnostics {
  /**
   * One file's diagnostics as checked. {@code source} is the instance the check parsed: the
   * {@link ParseCache} hands back the same one while the text is unchanged, so a new instance
   * means an edited file, whose diagnostics are sent even when equal, as the answer to the edit.
   */
  record File(SourceFile source, List<Diagnostic> diagnostics) {}

  private final Map<Path, Map<String, File>> byRoot = new HashMap<>();

  /** Records a project's files as checked now (by display path) and returns what to publish, by display path, sorted. */
  synchronized Map<String, List<Diagnostic>> update(Path root, Map<String, File> now) {
    Map<String, File> before = byRoot.getOrDefault(root, Map.of());
    Map<String, List<Diagnostic>> out = new TreeMap<>();
    now.forEach((shown, file) -> {
      File sent = before.get(shown);
      if (sent == null || sent.source() != file.source() || !sent.diagnostics().equals(file.diagnostics())) {
        out.put(shown, file.diagnostics());
      }
    });
    for (String gone : before.keySet()) if (!now.containsKey(gone)) out.put(gone, List.of());
    byRoot.put(root, Map.copyOf(now));
    return out;
  }
}
