package dev.agentc.lsp;

import dev.agentc.load.Module;
import dev.agentc.source.SourceFile;
import dev.agentc.target.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The `.agent` language server. Documents are synchronised incrementally; every project with an
 * open document is checked in the background (see {@link Analyzer}) and the diagnostics of its
 * files are published, each time for the files whose text or diagnostics changed.
 */
public final class AgentLanguageServer implements LanguageServer, LanguageClientAware {
  private final Documents documents = new Documents();
  private final StdSources std = StdSources.extract();
  private final Requests requests = new Requests();
  private final Analyzer analyzer;
  private final TextDocuments textDocuments;
  private final Workspace workspace;
  private final PublishedDiagnostics published = new PublishedDiagnostics();
  private volatile LanguageClient client;
  private final String version;
  private final CompletableFuture<Void> exited = new CompletableFuture<>();
  private volatile boolean shutDown;

  /** @param targets the targets whose checks it reports beside the compiler's (see `Analyzer`) */
  public AgentLanguageServer(String version, List<Target> targets) {
    this.version = version;
    this.analyzer = new Analyzer(documents, std, this::publish, targets);
    this.textDocuments = new TextDocuments(documents, analyzer, requests, std);
    this.workspace = new Workspace(analyzer, requests, textDocuments);
  }

  @Override
  public void connect(LanguageClient client) { this.client = client; }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    List<String> offered = params.getCapabilities() == null || params.getCapabilities().getGeneral() == null
        ? List.of() : params.getCapabilities().getGeneral().getPositionEncodings();
    Encoding encoding = Encoding.negotiate(offered);
    textDocuments.encoding(encoding);
    ServerCapabilities caps = new ServerCapabilities();
    caps.setPositionEncoding(encoding.lspName);
    caps.setTextDocumentSync(TextDocumentSyncKind.Incremental);
    caps.setCompletionProvider(new CompletionOptions(false, List.of(".", "=", " ", "{", "[", "(")));
    caps.setHoverProvider(true);
    caps.setDefinitionProvider(true);
    caps.setReferencesProvider(true);
    caps.setRenameProvider(new RenameOptions(true));
    caps.setDocumentSymbolProvider(true);
    caps.setWorkspaceSymbolProvider(true);
    caps.setDocumentFormattingProvider(true);
    caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    caps.setSemanticTokensProvider(new SemanticTokensWithRegistrationOptions(Highlighting.LEGEND, true, false));
    return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("agentc", version)));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutDown = true;
    return CompletableFuture.completedFuture(null);
  }

  /** Stops the background threads; the streams close with the process (or the test) right after. */
  @Override
  public void exit() {
    analyzer.close();
    requests.close();
    exited.complete(null);
  }

  /** Completes when the client sent `exit`. */
  public CompletableFuture<Void> exited() { return exited; }

  /** Whether the client sent `shutdown`. */
  public boolean shutDown() { return shutDown; }

  @Override
  public TextDocumentService getTextDocumentService() { return textDocuments; }

  @Override
  public WorkspaceService getWorkspaceService() { return workspace; }

  /** Publishes the diagnostics of the files of a checked project that changed (see {@link PublishedDiagnostics}). */
  private void publish(Snapshot s) {
    LanguageClient c = client;
    if (c == null) return;
    Map<String, List<org.eclipse.lsp4j.Diagnostic>> byFile = new HashMap<>();
    Map<String, SourceFile> files = new HashMap<>();
    for (Module m : s.modules()) {
      if (m.std()) continue;
      files.put(m.unit().file().path(), m.unit().file());
      byFile.put(m.unit().file().path(), new ArrayList<>());
    }
    Positions positions = textDocuments.positions();
    for (dev.agentc.diag.Diagnostic d : s.diagnostics()) {
      SourceFile file = files.get(d.span().file());
      if (file != null) byFile.get(file.path()).add(LspDiagnostics.of(d, file, s, positions));
    }
    Map<String, PublishedDiagnostics.File> now = new HashMap<>();
    files.forEach((shown, file) -> now.put(shown, new PublishedDiagnostics.File(file, byFile.get(shown))));
    // a file's URI only for the files sent: making one asks the file system whether it is a folder
    published.update(s.root(), now).forEach((shown, list) -> c.publishDiagnostics(new PublishDiagnosticsParams(s.path(shown).toUri().toString(), list)));
  }
}
