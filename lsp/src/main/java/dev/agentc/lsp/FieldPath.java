package dev.agentc.lsp;

import dev.agentc.schema.FieldSpec;
import dev.agentc.schema.RecordSpec;
import dev.agentc.schema.Schema;
import dev.agentc.schema.Type;
import dev.agentc.source.Span;
import dev.agentc.syntax.Block;
import dev.agentc.syntax.Declaration;
import dev.agentc.syntax.Expr;
import dev.agentc.syntax.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The field whose key is at an offset of a declaration, with the fields around it (outermost
 * first) and their schema, and the `override` it is inside, if any.
 */
record FieldPath(Declaration declaration, Optional<Member.Override> override, List<String> keys, FieldSpec spec, Span keySpan) {

  /**
   * @param kindOf the kind of the agent or swarm an `override` names, when it resolves
   */
  static Optional<FieldPath> at(Declaration d, int offset, Function<Member.Override, Optional<String>> kindOf) {
    Optional<RecordSpec> spec = Schema.kind(d.kind().text());
    if (spec.isEmpty() || d.body().isEmpty()) return Optional.empty();
    return walk(d, Optional.empty(), d.body().get(), spec.get(), new ArrayList<>(), offset, kindOf);
  }

  private static Optional<FieldPath> walk(
      Declaration d, Optional<Member.Override> override, Block block, RecordSpec spec, List<String> keys, int offset,
      Function<Member.Override, Optional<String>> kindOf) {
    for (Member m : block.members()) {
      if (!m.span().contains(offset)) continue;
      switch (m) {
        case Member.Field f -> {
          Optional<FieldSpec> field = spec.field(f.key().text());
          if (field.isEmpty()) return Optional.empty();
          keys.add(f.key().text());
          if (f.key().span().contains(offset)) return Optional.of(new FieldPath(d, override, List.copyOf(keys), field.get(), f.key().span()));
          if (f.value() instanceof Expr.BlockValue b && field.get().type() instanceof Type.Record r) {
            return walk(d, override, b.block(), r.spec(), keys, offset, kindOf);
          }
          return Optional.empty();
        }
        case Member.Override o -> {
          Optional<RecordSpec> target = kindOf.apply(o).flatMap(Schema::kind);
          if (target.isEmpty()) return Optional.empty();
          return walk(d, Optional.of(o), o.body(), target.get(), keys, offset, kindOf);
        }
      }
    }
    return Optional.empty();
  }
}
