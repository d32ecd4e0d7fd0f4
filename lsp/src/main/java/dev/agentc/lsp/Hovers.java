package dev.agentc.lsp;

import dev.agentc.check.Resolution;
import dev.agentc.load.Module;
import dev.agentc.model.Deployment;
import dev.agentc.model.Entity;
import dev.agentc.model.Value;
import dev.agentc.schema.FieldSpec;
import dev.agentc.schema.Schema;
import dev.agentc.source.Span;
import dev.agentc.syntax.Declaration;
import dev.agentc.syntax.Let;
import dev.agentc.syntax.Member;
import dev.agentc.syntax.SourceUnit;
import dev.agentc.syntax.TopLevel;
import java.util.Optional;

/**
 * Hover: what a name denotes (kind, doc, a catalog entry's facts), a declaration kind's doc, and
 * for a field its schema (type, default, doc) and the value it resolves to once `from`, defaults
 * and the deploy's `override` are applied.
 */
final class Hovers {
  private final Snapshot snapshot;
  private final Module module;

  Hovers(Snapshot snapshot, Module module) {
    this.snapshot = snapshot;
    this.module = module;
  }

  /** Markdown for what is at {@code offset}, and the span it is about. */
  record Found(String markdown, Span span) {}

  Optional<Found> at(int offset) {
    SourceUnit unit = module.unit();
    Optional<Resolution> use = Names.useAt(snapshot, unit.file().path(), offset);
    if (use.isPresent()) return describe(use.get().target()).map(md -> new Found(md, use.get().use()));
    for (TopLevel item : unit.items()) {
      if (!item.span().contains(offset)) continue;
      if (item.name().span().contains(offset)) return describe(item.name().span()).map(md -> new Found(md, item.name().span()));
      if (item instanceof Declaration d) {
        if (d.kind().span().contains(offset)) {
          return Schema.kind(d.kind().text()).map(spec -> new Found("**" + spec.name() + "**: " + spec.doc(), d.kind().span()));
        }
        return FieldPath.at(d, offset, this::kindOf).map(p -> new Found(field(p), p.keySpan()));
      }
    }
    return Optional.empty();
  }

  /** A declaration, `let` or module, by the span of its name. */
  Optional<String> describe(Span target) {
    Optional<TopLevel> item = Names.declarationAt(snapshot, target);
    if (item.isEmpty()) {
      return snapshot.module(target.file()).map(m -> "```agent\nmodule " + m.name() + "\n```");
    }
    StringBuilder md = new StringBuilder("```agent\n");
    switch (item.get()) {
      case Declaration d -> {
        md.append(d.isAbstract() ? "abstract " : "").append(d.kind().text()).append(' ').append(d.name().text());
        d.base().ifPresent(b -> md.append(" from ").append(b.text()));
        md.append("\n```");
        d.doc().ifPresent(doc -> md.append("\n\n").append(doc.text()));
        entity(target).map(Facts::of).filter(f -> !f.isEmpty()).ifPresent(f -> md.append("\n\n").append(f));
      }
      case Let l -> {
        String value = snapshot.file(target.file()).map(f -> f.slice(l.value().span().start(), l.value().span().end())).orElse("…");
        md.append("let ").append(l.name().text()).append(" = ").append(value).append("\n```");
        l.doc().ifPresent(doc -> md.append("\n\n").append(doc.text()));
      }
    }
    md.append("\n\nin module `").append(snapshot.module(target.file()).map(Module::name).orElse("?")).append('`');
    return Optional.of(md.toString());
  }

  private String field(FieldPath p) {
    FieldSpec f = p.spec();
    StringBuilder md = new StringBuilder("**`").append(String.join(".", p.keys())).append("`** — ").append(typeLine(f)).append("\n\n").append(f.doc());
    resolved(p).ifPresent(v -> {
      md.append("\n\nResolved: `").append(ValueText.of(v)).append('`');
      if (v.span().isNone()) md.append(" (the default)");
      else if (!v.span().file().equals(p.keySpan().file()) || !p.declaration().span().contains(v.span().start()) || p.override().isPresent()) {
        md.append(" (set at ").append(v.span().file()).append(':').append(v.span().line()).append(')');
      }
    });
    return md.toString();
  }

  /** The field's type, and its default when it has one. */
  static String typeLine(FieldSpec f) {
    String line = f.type().describe();
    if (f.required()) return line + " · required";
    return f.defaultText().map(d -> line + " · default `" + d + "`").orElse(line + " · optional");
  }

  /** A short type for a completion item's detail. */
  static String shortType(FieldSpec f) {
    String type = f.type().describe();
    return (type.length() > 48 ? type.substring(0, 47) + "…" : type) + f.defaultText().map(d -> " = " + d).orElse("");
  }

  /** The value of the field in the checked model: after `from` and defaults, or as the deploy's override leaves it. */
  private Optional<Value> resolved(FieldPath p) {
    Optional<Entity> owner;
    if (p.override().isPresent()) {
      Optional<Entity> target = Names.useAt(snapshot, p.override().get().target().span().file(), p.override().get().target().span().start())
          .flatMap(r -> entity(r.target()));
      Optional<Deployment> deployment = snapshot.compilation().model().flatMap(m -> m.deployments().stream()
          .filter(d -> d.deploy().nameSpan().equals(p.declaration().name().span())).findFirst());
      owner = target.flatMap(t -> deployment.map(d -> d.workloads().get(t.id())));
    } else {
      owner = entity(p.declaration().name().span());
    }
    Optional<Value> value = owner.map(Entity::fields);
    for (String key : p.keys()) value = value.flatMap(v -> v instanceof Value.Record r ? Optional.ofNullable(r.fields().get(key)) : Optional.empty());
    return value;
  }

  private Optional<String> kindOf(Member.Override o) {
    return Names.useAt(snapshot, o.target().span().file(), o.target().span().start()).flatMap(r -> entity(r.target())).map(Entity::kind);
  }

  private Optional<Entity> entity(Span name) {
    return snapshot.compilation().model().flatMap(m -> m.entities().values().stream().filter(e -> e.nameSpan().equals(name)).findFirst());
  }
}
