package dev.agentc.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The workspace/* methods: symbols across the projects seen so far, and files changed on disk. */
final class Workspace implements WorkspaceService {
  private final Analyzer analyzer;
  private final Requests requests;
  private final TextDocuments documents;

  Workspace(Analyzer analyzer, Requests requests, TextDocuments documents) {
    this.analyzer = analyzer;
    this.requests = requests;
    this.documents = documents;
  }

  @Override
  public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(WorkspaceSymbolParams params) {
    return requests.run("workspace/symbol", "workspace/symbol", cancel -> {
      List<WorkspaceSymbol> out = new ArrayList<>();
      for (Snapshot s : analyzer.all()) out.addAll(Symbols.matching(s, params.getQuery() == null ? "" : params.getQuery(), documents.positions()));
      return Either.forRight(out);
    });
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {}

  /** A file created, changed or deleted on disk: the projects are checked again. */
  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) { analyzer.changedOnDisk(); }
}
