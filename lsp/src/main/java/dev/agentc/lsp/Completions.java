package dev.agentc.lsp;

import dev.agentc.load.Module;
import dev.agentc.model.Entity;
import dev.agentc.schema.CallSpec;
import dev.agentc.schema.FieldSpec;
import dev.agentc.schema.RecordSpec;
import dev.agentc.schema.Schema;
import dev.agentc.schema.Type;
import dev.agentc.schema.UnitFamily;
import dev.agentc.source.SourceFile;
import dev.agentc.syntax.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion: fields from the schema (type, default, doc), references of the kinds a field
 * takes, enum values and call forms, units after a number, catalog entries with their facts,
 * import paths and the names of a module. Every item replaces the name typed so far.
 */
final class Completions {
  private static final List<String> TOP_LEVEL_WORDS = List.of("abstract", "let", "import", "module");

  private final Snapshot snapshot;
  private final Module module;
  private final SourceFile file;
  private final Positions positions;

  Completions(Snapshot snapshot, Module module, SourceFile file, Positions positions) {
    this.snapshot = snapshot;
    this.module = module;
    this.file = file;
    this.positions = positions;
  }

  List<CompletionItem> at(CompletionContext context, int cursor) {
    Range replaced = new Range(positions.position(file, context.start()), positions.position(file, cursor));
    List<CompletionItem> items = switch (context) {
      case CompletionContext.TopLevel t -> topLevel();
      case CompletionContext.Base b -> names(Set.of(b.kind()), true);
      case CompletionContext.ImportPath p -> Visible.modules(snapshot).stream().filter(m -> m.startsWith(p.prefix()))
          .map(m -> item(m, CompletionItemKind.Module, "module", "")).toList();
      case CompletionContext.ImportedName n -> snapshot.compilation().model().map(m -> m.entities().values().stream()
          .filter(e -> e.module().equals(n.module())).map(this::declaration).toList()).orElse(List.of());
      case CompletionContext.Key k -> keys(k.path());
      case CompletionContext.Value v -> place(v.path()).map(t -> valuesOf(valueType(t, v.key()))).orElse(List.of());
      case CompletionContext.Argument a -> place(a.path()).map(t -> argument(valueType(t, a.key()), a.callee(), a.index())).orElse(List.of());
      case CompletionContext.Unit u -> units(place(u.path()).map(t -> valueType(t, u.key())).orElse(null));
      case CompletionContext.Nothing n -> List.of();
    };
    for (CompletionItem item : items) {
      String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
      item.setTextEdit(Either.forLeft(new TextEdit(replaced, text)));
      item.setInsertText(null);
      if (context instanceof CompletionContext.ImportPath) item.setFilterText(item.getLabel());
    }
    return items.stream().filter(i -> i.getLabel().startsWith(context.prefix())
        || context instanceof CompletionContext.ImportPath).toList();
  }

  private List<CompletionItem> topLevel() {
    List<CompletionItem> out = new ArrayList<>();
    for (String kind : Schema.kindNames()) {
      out.add(item(kind, CompletionItemKind.Keyword, "declaration kind", Schema.kind(kind).map(RecordSpec::doc).orElse("")));
    }
    for (String word : TOP_LEVEL_WORDS) out.add(item(word, CompletionItemKind.Keyword, "keyword", ""));
    return out;
  }

  /** The type of the innermost block of {@code path}: a record's schema or a map. */
  private Optional<Type> place(List<CompletionContext.Block> path) {
    Optional<Type> type = Optional.empty();
    for (CompletionContext.Block b : path) {
      type = switch (b.kind()) {
        case DECLARATION -> Schema.kind(b.declKind()).map(Type.Record::new);
        case OVERRIDE -> Visible.of(snapshot, module, Set.of("agent", "swarm")).stream().filter(n -> n.label().equals(b.name()))
            .findFirst().flatMap(n -> Schema.kind(n.entity().kind())).map(Type.Record::new);
        case FIELD -> type.map(t -> valueType(t, b.name())).filter(t -> t instanceof Type.Record || t instanceof Type.MapOf);
      };
      if (type.isEmpty()) return type;
    }
    return type;
  }

  /** The type of the value of {@code key} inside a block of type {@code block}. */
  private static Type valueType(Type block, String key) {
    return switch (block) {
      case Type.Record r -> r.spec().field(key).map(FieldSpec::type).orElse(Schema.STRING);
      case Type.MapOf m -> m.values();
      default -> Schema.STRING;
    };
  }

  private List<CompletionItem> keys(List<CompletionContext.Block> path) {
    Optional<Type> place = place(path);
    if (place.isEmpty()) return List.of();
    if (place.get() instanceof Type.MapOf map) return valuesOf(map.keys());
    if (!(place.get() instanceof Type.Record record)) return List.of();
    List<CompletionItem> out = new ArrayList<>();
    for (FieldSpec f : record.spec().fields()) {
      StringBuilder doc = new StringBuilder(f.doc()).append("\n\n").append(Hovers.typeLine(f));
      CompletionItem item = item(f.name(), CompletionItemKind.Field, Hovers.shortType(f), doc.toString());
      item.setInsertText(f.type() instanceof Type.Record ? f.name() + " { " : f.name() + " = ");
      out.add(item);
    }
    return out;
  }

  private List<CompletionItem> argument(Type type, String callee, int index) {
    Type element = type instanceof Type.ListOf l ? l.element() : type;
    if (!(element instanceof Type.Calls calls)) return List.of();
    return calls.calls().stream().filter(c -> c.name().equals(callee) && index < c.params().size())
        .findFirst().map(c -> valuesOf(c.params().get(index).type())).orElse(List.of());
  }

  private List<CompletionItem> valuesOf(Type type) {
    return switch (type) {
      case Type.Ref r -> names(r.kinds(), false);
      case Type.GpuRequest g -> names(Set.of("gpu"), false);
      case Type.Enum e -> e.values().stream().map(v -> item(v, CompletionItemKind.EnumMember, e.name(), "")).toList();
      case Type.Calls c -> {
        List<CompletionItem> out = new ArrayList<>();
        for (CallSpec call : c.calls()) {
          CompletionItem item = item(call.name(), CompletionItemKind.Function, call.signature(), call.doc());
          item.setInsertText(call.name() + "(");
          out.add(item);
        }
        for (String bare : c.bare()) out.add(item(bare, CompletionItemKind.EnumMember, c.name(), ""));
        yield out;
      }
      case Type.Prim p when p == Type.Prim.BOOL -> List.of(item("true", CompletionItemKind.Keyword, "Bool", ""), item("false", CompletionItemKind.Keyword, "Bool", ""));
      case Type.ListOf l -> valuesOf(l.element());
      case Type.Union u -> u.options().stream().flatMap(o -> valuesOf(o).stream()).toList();
      default -> List.of();
    };
  }

  private List<CompletionItem> names(Set<String> kinds, boolean abstractToo) {
    return Visible.of(snapshot, module, kinds).stream()
        .filter(n -> abstractToo || !n.entity().isAbstract())
        .map(n -> {
          CompletionItem item = declaration(n.entity());
          item.setLabel(n.label());
          return item;
        }).toList();
  }

  private CompletionItem declaration(Entity e) {
    String facts = Facts.of(e);
    String detail = e.kind() + (facts.isEmpty() ? "" : " · " + facts);
    return item(e.name(), e.kind().equals("gpu") ? CompletionItemKind.Constant : CompletionItemKind.Reference, detail, e.doc().orElse(""));
  }

  private static List<CompletionItem> units(Type type) {
    Type t = type instanceof Type.ListOf l ? l.element() : type;
    List<CompletionItem> out = new ArrayList<>();
    if (t instanceof Type.Price) {
      for (String currency : List.of("USD", "EUR")) {
        for (String per : Units.RATES) {
          CompletionItem item = item(currency + "/" + per, CompletionItemKind.Unit, t.describe(), "");
          item.setInsertText(" " + currency + "/" + per); // money is written `0.5 USD/h`
          out.add(item);
        }
      }
      return out;
    }
    if (t instanceof Type.Rate) {
      for (String per : Units.RATES) out.add(item("/" + per, CompletionItemKind.Unit, t.describe(), ""));
      return out;
    }
    for (String u : Units.UNITS) {
      Optional<UnitFamily> family = UnitFamily.of(u);
      boolean fits = !(t instanceof Type.Quantity q) || q.family().factor(u).isPresent();
      if (fits && family.isPresent()) out.add(item(u, CompletionItemKind.Unit, family.get().describe(), ""));
    }
    return out;
  }

  private static CompletionItem item(String label, CompletionItemKind kind, String detail, String doc) {
    CompletionItem item = new CompletionItem(label);
    item.setKind(kind);
    if (!detail.isEmpty()) item.setDetail(detail);
    if (!doc.isEmpty()) item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, doc));
    return item;
  }
}
