package dev.agentc.lsp;

import dev.agentc.source.SourceFile;
import dev.agentc.syntax.ParseResult;
import dev.agentc.syntax.Parser;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The last parse of each file of a project: a file whose text did not change is not parsed again,
 * so an edit re-parses only the file it changed.
 */
final class ParseCache {
  private final ConcurrentMap<String, ParseResult> byPath = new ConcurrentHashMap<>();

  ParseResult parse(SourceFile file) {
    ParseResult cached = byPath.get(file.path());
    if (cached != null && cached.unit().file().text().equals(file.text())) return cached;
    ParseResult fresh = Parser.parse(file);
    byPath.put(file.path(), fresh);
    return fresh;
  }

  /** Forgets the files that are no longer part of the project. */
  void retain(Set<String> paths) { byPath.keySet().retainAll(paths); }
}
