package dev.agentc.check;

import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.load.Project;
import dev.agentc.model.Deployment;
import dev.agentc.model.Entity;
import dev.agentc.model.Model;
import dev.agentc.model.Value;
import dev.agentc.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resolution and type checking: a loaded project to the typed model. Scopes and imports first,
 * then every declaration body against its schema, then `from` chains, defaults, required
 * fields and cross-field rules, then each deploy with its overrides.
 */
public final class Checker {
  private Checker() {}

  /** The model, every diagnostic, and every name that resolved (for editors). */
  public record Result(Model model, List<Diagnostic> diagnostics, List<Resolution> resolutions) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
      resolutions = List.copyOf(resolutions);
    }
  }

  public static Result check(Project project) {
    Diagnostics diags = new Diagnostics();
    Diagnostics earlier = new Diagnostics();
    earlier.addAll(project.diagnostics());
    Scopes scopes = new Scopes(project, diags);
    Resolver resolver = new Resolver(scopes, diags);
    Values values = new Values(resolver, diags);
    Completion completion = new Completion(values, diags);
    Rules rules = new Rules(diags);
    Declarations declarations = new Declarations(scopes, resolver, values, diags);
    declarations.checkBodies(scopes.all());
    Lets.checkCycles(scopes, resolver, diags);

    Map<String, Entity> entities = new TreeMap<>();
    for (Declarations.Decl decl : declarations.all()) {
      Optional<Value.Record> merged = declarations.merged(decl);
      if (merged.isEmpty()) continue;
      var syntax = decl.syntax();
      Scope scope = scopes.of(decl.module());
      Value.Record fields = syntax.isAbstract() ? merged.get() : completion.withDefaults(merged.get(), decl.spec(), scope);
      Entity entity = new Entity(syntax.kind().text(), decl.id(), decl.module().name(), syntax.name().text(), syntax.isAbstract(),
          syntax.doc().map(d -> d.text()), fields, syntax.name().span(), syntax.span());
      if (!syntax.isAbstract() && !diags.hasErrorWithin(syntax.span()) && !earlier.hasErrorWithin(syntax.span())) {
        Span origin = syntax.base().map(b -> b.span()).orElse(Span.NONE);
        completion.requireFields(fields, decl.spec(), syntax.kind().text(), syntax.name().text(), syntax.name().span(), origin);
        rules.check(entity);
      }
      entities.put(entity.id(), entity);
    }

    Deployments deployments = new Deployments(declarations, scopes, resolver, values, completion, diags);
    List<Deployment> resolved = new ArrayList<>();
    for (Entity e : entities.values()) {
      if (e.kind().equals("deploy") && !e.isAbstract()) resolved.add(deployments.resolve(e, entities));
    }
    scopes.reportUnused(diags);
    return new Result(new Model(entities, resolved), diags.sorted(), scopes.resolutions());
  }
}
