package dev.agentc.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/** The documents open in the editor, by path; safe to read from any thread. */
final class Documents {
  private final ConcurrentMap<Path, Document> open = new ConcurrentHashMap<>();

  /** The path of a {@code file:} URI; anything else is refused with an LSP error. */
  static Path pathOf(String uri) {
    try {
      URI u = URI.create(uri);
      if (!"file".equals(u.getScheme())) throw invalid("`" + uri + "` is not a file: URI; only files on disk are served");
      return Path.of(u).toAbsolutePath().normalize();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      throw invalid("`" + uri + "` is not a valid file URI");
    }
  }

  static ResponseErrorException invalid(String message) {
    return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
  }

  void open(String uri, int version, String text) {
    Path path = pathOf(uri);
    open.put(path, new Document(path.toUri(), path, version, text));
  }

  void close(String uri) { open.remove(pathOf(uri)); }

  /** The open document, or an LSP error saying it is not open. */
  Document get(String uri) {
    Document d = open.get(pathOf(uri));
    if (d == null) throw invalid("`" + uri + "` is not open; send textDocument/didOpen first");
    return d;
  }

  Optional<Document> find(Path path) { return Optional.ofNullable(open.get(path)); }

  /**
   * Applies the changes of one didChange in order. A change whose range does not fit the text
   * (a negative position, or start after end) is refused with an exception, leaving the
   * document as it was; positions past a line's or the file's end mean that end.
   */
  Document change(String uri, int version, List<TextDocumentContentChangeEvent> changes, Positions positions) {
    Document d = get(uri);
    String text = d.text();
    for (TextDocumentContentChangeEvent c : changes) {
      if (c.getRange() == null) {
        text = c.getText();
        continue;
      }
      Position from = c.getRange().getStart();
      Position to = c.getRange().getEnd();
      if (from.getLine() < 0 || from.getCharacter() < 0 || to.getLine() < 0 || to.getCharacter() < 0) {
        throw invalid("the change's range " + Ranges.show(c.getRange()) + " has a negative position");
      }
      LineIndex lines = LineIndex.of(text);
      int start = positions.index(text, lines, from);
      int end = positions.index(text, lines, to);
      if (end < start) throw invalid("the change's range " + Ranges.show(c.getRange()) + " ends before it starts");
      text = text.substring(0, start) + c.getText() + text.substring(end);
    }
    Document changed = d.withText(version, text);
    open.put(d.path(), changed);
    return changed;
  }

  /** The open documents' text by path, sorted. */
  Map<Path, String> texts() {
    Map<Path, String> out = new TreeMap<>();
    open.forEach((p, d) -> out.put(p, d.text()));
    return out;
  }
}
