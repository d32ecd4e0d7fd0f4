package dev.agentc.check;

import dev.agentc.Parallel;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.load.Project;
import dev.agentc.model.Deployment;
import dev.agentc.model.Entity;
import dev.agentc.model.Model;
import dev.agentc.model.Value;
import dev.agentc.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolution and type checking: a loaded project to the typed model. Scopes and imports first,
 * then every declaration body against its schema, then `from` chains, defaults, required
 * fields and cross-field rules, then each deploy with its overrides.
 *
 * <p>Bodies (per module), merged and completed entities (per module) and deploys (per deploy) are
 * checked in parallel, each task by its own {@link Worker}; their findings are merged in module
 * and source order, so the result is the one a sequential check gives.
 */
public final class Checker {
  private Checker() {}

  /** The model, every diagnostic, and every name that resolved (for editors). */
  public record Result(Model model, List<Diagnostic> diagnostics, Resolutions resolutions) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  public static Result check(Project project) {
    Diagnostics diags = new Diagnostics();
    Diagnostics earlier = new Diagnostics();
    earlier.addAll(project.diagnostics());
    Scopes scopes = new Scopes(project, diags);
    List<List<Resolution>> resolutions = new ArrayList<>(); // each worker's, in order
    resolutions.add(scopes.importResolutions());
    Defaults defaults = new Defaults();
    Declarations declarations = new Declarations(scopes, defaults, diags, resolutions);
    Worker lets = new Worker(scopes, defaults);
    Lets.checkCycles(scopes, lets.resolver, lets.diags);
    lets.found().reportTo(diags, resolutions);

    List<Entity> completed = new ArrayList<>();
    for (Completed module : complete(declarations, scopes, defaults, diags, earlier)) {
      module.found().reportTo(diags, resolutions);
      for (Completed.One one : module.entities()) {
        // in declaration order: an error that an earlier declaration's checks found in a value this one
        // declares (and the earlier one inherited) spares this one its checks
        if (one.checks() != null && one.checks().size() > 0 && !diags.hasErrorWithin(one.decl().syntax().span())) diags.addAll(one.checks().sorted());
        completed.add(one.entity());
      }
    }
    Map<String, Entity> entities = byId(completed);
    List<Deployment> deployments = deploy(entities, declarations, scopes, defaults, diags, resolutions);
    scopes.reportUnused(diags);
    return new Result(new Model(entities, deployments), diags.sorted(), new Resolutions(resolutions));
  }

  /**
   * The entities in id order (the later of two with one id wins, as in a map), hashed. Sorted once
   * rather than kept sorted in a tree while tens of thousands are added: a tenth of the check.
   */
  private static Map<String, Entity> byId(List<Entity> entities) {
    entities.sort(BY_ID); // stable: equal ids keep their order
    Map<String, Entity> out = new LinkedHashMap<>(entities.size() * 4 / 3 + 1);
    for (Entity e : entities) out.put(e.id(), e);
    return out;
  }

  private static final Comparator<Entity> BY_ID = Comparator.comparing(Entity::id);

  /** Every non-abstract deploy resolved, in parallel, in id order. */
  private static List<Deployment> deploy(Map<String, Entity> entities, Declarations declarations, Scopes scopes, Defaults defaults,
      Diagnostics diags, List<List<Resolution>> resolutions) {
    record Resolved(Deployment deployment, Worker.Found found) {}
    List<Entity> deploys = entities.values().stream().filter(e -> e.kind().equals("deploy") && !e.isAbstract()).toList();
    List<Resolved> done = Parallel.map(deploys, deploy -> {
      Worker worker = new Worker(scopes, defaults);
      Deployment deployment = new Deployments(declarations, scopes, worker).resolve(deploy, entities);
      return new Resolved(deployment, worker.found());
    });
    List<Deployment> out = new ArrayList<>(done.size());
    for (Resolved r : done) {
      out.add(r.deployment());
      r.found().reportTo(diags, resolutions);
    }
    return out;
  }

  /**
   * One module's entities: merged, defaults filled in, and for each one that is not abstract and
   * has no error yet, what its required fields and cross-field rules report (null otherwise).
   */
  private record Completed(List<One> entities, Worker.Found found) {
    record One(Declarations.Decl decl, Entity entity, Diagnostics checks) {}
  }

  /** Runs in parallel: {@code diags} and {@code earlier} are only read. */
  private static List<Completed> complete(Declarations declarations, Scopes scopes, Defaults defaults, Diagnostics diags, Diagnostics earlier) {
    return Parallel.map(declarations.byModule(), decls -> {
      Worker worker = new Worker(scopes, defaults);
      List<Completed.One> out = new ArrayList<>(decls.size());
      for (Declarations.Decl decl : decls) {
        Optional<Value.Record> merged = declarations.merged(decl);
        if (merged.isEmpty()) continue;
        var syntax = decl.syntax();
        Scope scope = scopes.of(decl.module());
        Value.Record fields = syntax.isAbstract() ? merged.get() : worker.completion.withDefaults(merged.get(), decl.spec(), scope);
        Entity entity = new Entity(syntax.kind().text(), decl.id(), decl.module().name(), syntax.name().text(), syntax.isAbstract(),
            syntax.doc().map(d -> d.text()), fields, syntax.name().span(), syntax.span());
        Diagnostics checks = null;
        if (!syntax.isAbstract() && !diags.hasErrorWithin(syntax.span()) && !earlier.hasErrorWithin(syntax.span())) {
          checks = new Diagnostics();
          Span origin = syntax.base().isPresent() ? syntax.base().get().span() : Span.NONE;
          Completion.requireFields(fields, decl.spec(), syntax.kind().text(), syntax.name().text(), syntax.name().span(), origin, checks);
          new Rules(checks).check(entity);
        }
        out.add(new Completed.One(decl, entity, checks));
      }
      return new Completed(out, worker.found());
    });
  }
}
