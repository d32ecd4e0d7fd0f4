package dev.agentc.lsp;

import dev.agentc.load.Module;
import dev.agentc.source.SourceFile;
import dev.agentc.syntax.Declaration;
import dev.agentc.syntax.Let;
import dev.agentc.syntax.Member;
import dev.agentc.syntax.SourceUnit;
import dev.agentc.syntax.TopLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Document symbols (declarations, their fields and overrides) and workspace symbols (declarations by name). */
final class Symbols {
  private Symbols() {}

  static List<DocumentSymbol> of(SourceUnit unit, Positions positions) {
    SourceFile file = unit.file();
    List<DocumentSymbol> out = new ArrayList<>();
    for (TopLevel item : unit.items()) {
      DocumentSymbol symbol = new DocumentSymbol(item.name().text(), kind(item), positions.range(file, item.span()),
          positions.range(file, item.name().span()), detail(item));
      if (item instanceof Declaration d && d.body().isPresent()) {
        List<DocumentSymbol> children = new ArrayList<>();
        for (Member m : d.body().get().members()) {
          switch (m) {
            case Member.Field f -> children.add(new DocumentSymbol(f.key().text(), SymbolKind.Field, positions.range(file, f.span()),
                positions.range(file, f.key().span())));
            case Member.Override o -> children.add(new DocumentSymbol("override " + o.target().text(), SymbolKind.Object,
                positions.range(file, o.span()), positions.range(file, o.target().span())));
          }
        }
        symbol.setChildren(children);
      }
      out.add(symbol);
    }
    return out;
  }

  /** The project's own declarations whose name contains {@code query}, ignoring case. */
  static List<WorkspaceSymbol> matching(Snapshot s, String query, Positions positions) {
    String q = query.toLowerCase(Locale.ROOT);
    List<WorkspaceSymbol> out = new ArrayList<>();
    for (Module m : s.modules()) {
      if (m.std()) continue;
      SourceFile file = m.unit().file();
      for (TopLevel item : m.unit().items()) {
        if (!item.name().text().toLowerCase(Locale.ROOT).contains(q)) continue;
        Location at = new Location(s.path(file.path()).toUri().toString(), positions.range(file, item.name().span()));
        out.add(new WorkspaceSymbol(item.name().text(), kind(item), Either.forLeft(at), m.name()));
      }
    }
    return out;
  }

  private static String detail(TopLevel item) {
    return switch (item) {
      case Declaration d -> (d.isAbstract() ? "abstract " : "") + d.kind().text() + d.base().map(b -> " from " + b.text()).orElse("");
      case Let l -> "let";
    };
  }

  private static SymbolKind kind(TopLevel item) {
    if (item instanceof Let) return SymbolKind.Constant;
    return switch (((Declaration) item).kind().text()) {
      case "agent" -> SymbolKind.Class;
      case "swarm" -> SymbolKind.Interface;
      case "model" -> SymbolKind.Struct;
      case "tool" -> SymbolKind.Function;
      case "store" -> SymbolKind.Object;
      case "secret" -> SymbolKind.Key;
      case "policy" -> SymbolKind.Event;
      case "deploy" -> SymbolKind.Module;
      default -> SymbolKind.EnumMember; // catalog entries: gpu, region, tee, provider, cloud
    };
  }
}
