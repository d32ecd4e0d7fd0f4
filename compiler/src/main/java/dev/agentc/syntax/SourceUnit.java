package dev.agentc.syntax;

import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import java.util.List;
import java.util.Optional;

/** One parsed file: its module clause, imports, declarations and every comment. */
public record SourceUnit(
    SourceFile file, Optional<ModuleClause> module, List<Import> imports, List<TopLevel> items, List<Comment> comments, Span span)
    implements Node {
  public SourceUnit {
    imports = List.copyOf(imports);
    items = List.copyOf(items);
    comments = List.copyOf(comments);
  }
}
