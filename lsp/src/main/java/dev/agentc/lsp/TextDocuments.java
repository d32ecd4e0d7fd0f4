package dev.agentc.lsp;

import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Fix;
import dev.agentc.format.Formatter;
import dev.agentc.load.Module;
import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import dev.agentc.syntax.TopLevel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.services.TextDocumentService;

/** The textDocument/* methods: keeps the open documents and answers from the checked project. */
final class TextDocuments implements TextDocumentService {
  private final Documents documents;
  private final Analyzer analyzer;
  private final Requests requests;
  private final StdSources std;
  private volatile Positions positions = new Positions(Encoding.UTF16);

  TextDocuments(Documents documents, Analyzer analyzer, Requests requests, StdSources std) {
    this.documents = documents;
    this.analyzer = analyzer;
    this.requests = requests;
    this.std = std;
  }

  void encoding(Encoding encoding) { positions = new Positions(encoding); }

  Positions positions() { return positions; }

  // ---- synchronisation

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var item = params.getTextDocument();
    documents.open(item.getUri(), item.getVersion(), item.getText());
    changed(item.getUri());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    documents.change(uri, params.getTextDocument().getVersion(), params.getContentChanges(), positions);
    changed(uri);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    documents.close(uri);
    changed(uri);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {}

  private void changed(String uri) {
    Path path = Documents.pathOf(uri);
    if (!std.owns(path)) analyzer.changed(Analyzer.rootOf(path));
  }

  // ---- requests

  /** A request's document in its checked project, and the offset of its position. */
  private record At(Snapshot snapshot, Module module, SourceFile file, int offset) {
    String shown() { return file.path(); }
  }

  /** The open document's module as last checked and the offset of {@code p}; empty for a file that is not a module (std sources, a duplicate). */
  private Optional<At> at(TextDocumentIdentifier id, Position p) {
    Document d = documents.get(id.getUri());
    if (std.owns(d.path())) return Optional.empty();
    Snapshot s = analyzer.current(Analyzer.rootOf(d.path()));
    Optional<Module> m = s.module(s.shown(d.path()));
    if (m.isEmpty()) return Optional.empty();
    SourceFile file = m.get().unit().file();
    if (p == null) return Optional.of(new At(s, m.get(), file, 0));
    if (!Positions.inside(file, p)) {
      throw Documents.invalid("position " + Ranges.show(p) + " is outside `" + id.getUri() + "`, which has " + file.lineCount() + " lines");
    }
    return Optional.of(new At(s, m.get(), file, positions.offset(file, p)));
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("completion", "completion " + uri, cancel -> {
      Document d = documents.get(uri);
      if (std.owns(d.path())) return Either.forLeft(List.of());
      Snapshot s = analyzer.latest(Analyzer.rootOf(d.path()));
      cancel.checkCanceled();
      Optional<Module> m = s.module(s.shown(d.path()));
      if (m.isEmpty()) return Either.forLeft(List.of());
      // the text as typed: the check may not have caught up with the last keystrokes
      SourceFile file = new SourceFile(s.shown(d.path()), d.text());
      if (!Positions.inside(file, params.getPosition())) {
        throw Documents.invalid("position " + Ranges.show(params.getPosition()) + " is outside `" + uri + "`, which has " + file.lineCount() + " lines");
      }
      int offset = positions.offset(file, params.getPosition());
      CompletionContext context = CompletionScanner.at(d.text(), offset);
      return Either.forLeft(new Completions(s, m.get(), file, positions).at(context, offset));
    });
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return requests.run("hover", "hover " + params.getTextDocument().getUri(), cancel -> at(params.getTextDocument(), params.getPosition())
        .flatMap(a -> new Hovers(a.snapshot(), a.module()).at(a.offset())
            .map(found -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, found.markdown()), positions.range(a.file(), found.span()))))
        .orElse(null));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
    return requests.run("definition", null, cancel -> {
      List<Location> out = new ArrayList<>();
      at(params.getTextDocument(), params.getPosition()).ifPresent(a ->
          Names.targetAt(a.snapshot(), a.shown(), a.offset()).ifPresent(target -> location(a.snapshot(), target).ifPresent(out::add)));
      return Either.forLeft(out);
    });
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    return requests.run("references", null, cancel -> {
      List<Location> out = new ArrayList<>();
      boolean withDeclaration = params.getContext() == null || params.getContext().isIncludeDeclaration();
      at(params.getTextDocument(), params.getPosition()).ifPresent(a ->
          Names.targetAt(a.snapshot(), a.shown(), a.offset()).ifPresent(target -> {
            for (Span use : Names.occurrences(a.snapshot(), target, withDeclaration)) location(a.snapshot(), use).ifPresent(out::add);
          }));
      return out;
    });
  }

  @Override
  public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(PrepareRenameParams params) {
    return requests.run("prepareRename", null, cancel -> at(params.getTextDocument(), params.getPosition()).flatMap(a -> {
      Span target = renameable(a);
      Span here = Names.useAt(a.snapshot(), a.shown(), a.offset()).map(r -> r.use()).orElse(target);
      String name = a.snapshot().file(target.file()).map(f -> f.slice(target.start(), target.end())).orElse("");
      return Optional.of(Either3.<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>forSecond(
          new PrepareRenameResult(positions.range(a.file(), here), name)));
    }).orElse(null));
  }

  @Override
  public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
    return requests.run("rename", null, cancel -> at(params.getTextDocument(), params.getPosition()).map(a -> {
      String name = params.getNewName();
      if (!Identifiers.valid(name)) {
        throw Documents.invalid("`" + name + "` is not a valid name: use letters, digits and `_`, not starting with a digit, and no keyword");
      }
      Span target = renameable(a);
      Optional<TopLevel> clash = a.snapshot().unit(target.file())
          .flatMap(u -> u.items().stream().filter(i -> i.name().text().equals(name)).findFirst());
      if (clash.isPresent()) {
        throw Documents.invalid("`" + name + "` is already declared in `" + target.file() + "` (line " + clash.get().name().span().line() + "); choose another name");
      }
      Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
      for (Span use : Names.occurrences(a.snapshot(), target, true)) {
        location(a.snapshot(), use).ifPresent(l -> changes.computeIfAbsent(l.getUri(), u -> new ArrayList<>()).add(new TextEdit(l.getRange(), name)));
      }
      return new WorkspaceEdit(changes);
    }).orElse(null));
  }

  /** The declaration at the request's position, if the user may rename it; otherwise an LSP error saying why not. */
  private Span renameable(At a) {
    Span target = Names.targetAt(a.snapshot(), a.shown(), a.offset())
        .orElseThrow(() -> Documents.invalid("there is no declared name here to rename"));
    if (Names.declarationAt(a.snapshot(), target).isEmpty()) throw Documents.invalid("a module is renamed by its `module` clause or its file name, not here");
    if (a.snapshot().module(target.file()).map(Module::std).orElse(true)) {
      throw Documents.invalid("`" + a.snapshot().file(target.file()).map(f -> f.slice(target.start(), target.end())).orElse("")
          + "` is declared in the standard library and cannot be renamed");
    }
    return target;
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
    return requests.run("documentSymbol", "documentSymbol " + params.getTextDocument().getUri(), cancel ->
        at(params.getTextDocument(), null).map(a -> Symbols.of(a.module().unit(), positions).stream()
            .map(Either::<SymbolInformation, DocumentSymbol>forRight).toList()).orElse(List.of()));
  }

  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    return requests.run("formatting", null, cancel -> {
      Document d = documents.get(params.getTextDocument().getUri());
      SourceFile file = new SourceFile(d.path().getFileName().toString(), d.text());
      if (!(Formatter.formatSource(file) instanceof Formatter.Result.Formatted f) || f.text().equals(d.text())) return List.of();
      return List.of(new TextEdit(new Range(new Position(0, 0), positions.position(file, file.length())), f.text()));
    });
  }

  @Override
  public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
    return requests.run("semanticTokens", "semanticTokens " + params.getTextDocument().getUri(), cancel ->
        at(params.getTextDocument(), null).map(a -> new SemanticTokens(Highlighting.of(a.module().unit(),
            span -> Names.useAt(a.snapshot(), a.shown(), span.start()).isPresent(), positions))).orElse(new SemanticTokens(List.of())));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return requests.run("codeAction", "codeAction " + params.getTextDocument().getUri(), cancel -> {
      List<Either<Command, CodeAction>> out = new ArrayList<>();
      at(params.getTextDocument(), null).ifPresent(a -> {
        Range r = params.getRange();
        if (!Positions.inside(a.file(), r.getStart()) || !Positions.inside(a.file(), r.getEnd())) {
          throw Documents.invalid("range " + Ranges.show(r) + " is outside `" + params.getTextDocument().getUri() + "`");
        }
        int from = positions.offset(a.file(), r.getStart());
        int to = positions.offset(a.file(), r.getEnd());
        for (Diagnostic d : a.snapshot().diagnostics()) {
          if (d.fix().isEmpty() || !d.span().file().equals(a.shown()) || d.span().start() > to || d.span().end() < from) continue;
          out.add(Either.forRight(action(a, d, d.fix().get())));
        }
      });
      return out;
    });
  }

  private CodeAction action(At a, Diagnostic d, Fix fix) {
    CodeAction action = new CodeAction(fix.title());
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(LspDiagnostics.of(d, a.file(), a.snapshot(), positions)));
    Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
    for (Fix.Edit e : fix.edits()) {
      location(a.snapshot(), e.span()).ifPresent(l -> changes.computeIfAbsent(l.getUri(), u -> new ArrayList<>()).add(new TextEdit(l.getRange(), e.replacement())));
    }
    action.setEdit(new WorkspaceEdit(changes));
    action.setIsPreferred(fix.edits().size() == 1);
    return action;
  }

  private Optional<Location> location(Snapshot s, Span span) {
    return s.file(span.file()).map(f -> new Location(s.path(f.path()).toUri().toString(), positions.range(f, span)));
  }
}
