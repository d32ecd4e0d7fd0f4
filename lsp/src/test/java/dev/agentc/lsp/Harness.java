package dev.agentc.lsp;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/** An in-process client talking to a server over piped streams, as an editor would over stdio. */
final class Harness implements AutoCloseable {
  final AgentLanguageServer server = new AgentLanguageServer("test", List.of());
  final LanguageServer remote;
  final Client client = new Client();
  private final Map<String, Integer> versions = new ConcurrentHashMap<>();
  private final PipedOutputStream clientToServer = new PipedOutputStream();
  private final PipedOutputStream serverToClient = new PipedOutputStream();

  /** Records what the server sends. */
  static final class Client implements LanguageClient {
    final Map<String, BlockingQueue<PublishDiagnosticsParams>> diagnostics = new ConcurrentHashMap<>();
    final BlockingQueue<PublishDiagnosticsParams> all = new LinkedBlockingQueue<>();

    @Override public void telemetryEvent(Object object) {}

    @Override public void publishDiagnostics(PublishDiagnosticsParams p) {
      diagnostics.computeIfAbsent(p.getUri(), u -> new LinkedBlockingQueue<>()).add(p);
      all.add(p);
    }

    @Override public void showMessage(MessageParams messageParams) {}

    @Override public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override public void logMessage(MessageParams message) {}

    /** The next diagnostics published for {@code uri}, waiting up to 20 s. */
    PublishDiagnosticsParams next(String uri) throws InterruptedException {
      PublishDiagnosticsParams p = diagnostics.computeIfAbsent(uri, u -> new LinkedBlockingQueue<>()).poll(20, SECONDS);
      if (p == null) throw new AssertionError("no diagnostics published for " + uri);
      return p;
    }
  }

  Harness() throws IOException {
    PipedInputStream serverIn = new PipedInputStream(clientToServer, 1 << 20);
    PipedInputStream clientIn = new PipedInputStream(serverToClient, 1 << 20);
    Launcher<LanguageClient> serverLauncher = LSPLauncher.createServerLauncher(server, serverIn, serverToClient);
    server.connect(serverLauncher.getRemoteProxy());
    serverLauncher.startListening();
    Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(client, clientIn, clientToServer);
    remote = clientLauncher.getRemoteProxy();
    clientLauncher.startListening();
  }

  InitializeResult initialize(List<String> encodings) throws Exception {
    InitializeParams params = new InitializeParams();
    ClientCapabilities caps = new ClientCapabilities();
    GeneralClientCapabilities general = new GeneralClientCapabilities();
    general.setPositionEncodings(encodings);
    caps.setGeneral(general);
    params.setCapabilities(caps);
    InitializeResult r = remote.initialize(params).get(20, SECONDS);
    remote.initialized(new InitializedParams());
    return r;
  }

  InitializeResult initialize() throws Exception { return initialize(List.of("utf-16")); }

  /** Opens a file with the text it has on disk. */
  String open(Path file) throws IOException { return open(file, Files.readString(file)); }

  String open(Path file, String text) {
    String uri = file.toUri().toString();
    versions.put(uri, 1);
    remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "agent", 1, text)));
    return uri;
  }

  void replace(String uri, String text) {
    int v = versions.merge(uri, 1, Integer::sum);
    remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, v), List.of(new TextDocumentContentChangeEvent(text))));
  }

  void edit(String uri, Range range, String text) {
    int v = versions.merge(uri, 1, Integer::sum);
    remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, v), List.of(new TextDocumentContentChangeEvent(range, text))));
  }

  static TextDocumentIdentifier doc(String uri) { return new TextDocumentIdentifier(uri); }

  static Position pos(int line, int character) { return new Position(line, character); }

  /** The 0-based position of the first occurrence of {@code needle} in {@code text} (UTF-16 columns), plus {@code delta} columns. */
  static Position find(String text, String needle, int delta) { return find(text, "", needle, delta); }

  /** As {@link #find(String, String, int)}, for the first occurrence of {@code needle} after the first of {@code after}. */
  static Position find(String text, String after, String needle, int delta) {
    int i = text.indexOf(needle, Math.max(0, text.indexOf(after)));
    if (i < 0 || !text.contains(after)) throw new AssertionError("no `" + needle + "` after `" + after + "` in the text");
    int line = 0;
    int lineStart = 0;
    for (int k = 0; k < i; k++) {
      if (text.charAt(k) == '\n') {
        line++;
        lineStart = k + 1;
      }
    }
    return new Position(line, i - lineStart + delta);
  }

  /** A copy of an example project in {@code dir}. */
  static Path example(String name, Path dir) throws IOException {
    Path from = Path.of("..", "examples", name);
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path to = dir.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to);
        else Files.copy(p, to);
      }
    }
    return dir;
  }

  @Override
  public void close() throws Exception {
    try {
      remote.shutdown().get(10, TimeUnit.SECONDS);
      remote.exit();
    } finally {
      clientToServer.close();
      serverToClient.close();
    }
  }
}
