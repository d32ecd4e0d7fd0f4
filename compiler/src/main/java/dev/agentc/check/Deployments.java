package dev.agentc.check;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.model.Deployment;
import dev.agentc.model.DnsNames;
import dev.agentc.model.Entity;
import dev.agentc.model.Value;
import dev.agentc.schema.Schema;
import dev.agentc.syntax.Expr;
import dev.agentc.syntax.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolves each non-abstract `deploy`: its agents and swarms (members included), its policies,
 * and its `override` blocks (those of its `from` chain first) merged onto the deployed agents.
 */
final class Deployments {
  private static final int MAX_NAME = DnsNames.MAX_NAME;

  private final Declarations declarations;
  private final Scopes scopes;
  private final Resolver resolver;
  private final Values values;
  private final Completion completion;
  private final Diagnostics diags;

  Deployments(Declarations declarations, Scopes scopes, Worker worker) {
    this.declarations = declarations;
    this.scopes = scopes;
    this.resolver = worker.resolver;
    this.values = worker.values;
    this.completion = worker.completion;
    this.diags = worker.diags;
  }

  Deployment resolve(Entity deploy, Map<String, Entity> entities) {
    Map<String, Entity> workloads = new TreeMap<>();
    for (Value item : list(deploy, "agents")) {
      Entity e = entities.get(((Value.Ref) item).id());
      if (e == null) continue;
      if (e.isAbstract()) {
        diags.add(Diagnostic.of(Code.E0405, item.span(), e.name()).label(e.nameSpan(), "declared `abstract` here")
            .hint("deploy an agent that starts `from " + e.name() + "`"));
        continue;
      }
      workloads.put(e.id(), e);
      if (e.kind().equals("swarm")) {
        for (Value member : list(e, "agents")) {
          Entity m = entities.get(((Value.Ref) member).id());
          if (m != null && !m.isAbstract()) workloads.putIfAbsent(m.id(), m);
        }
      }
    }
    applyOverrides(deploy, workloads);
    checkNames(deploy, workloads);
    List<Entity> policies = new ArrayList<>();
    for (Value p : list(deploy, "policies")) {
      Entity e = entities.get(((Value.Ref) p).id());
      if (e != null) policies.add(e);
    }
    return new Deployment(deploy, policies, workloads);
  }

  private static List<Value> list(Entity e, String field) {
    return e.get(field).map(v -> ((Value.ListOf) v).items()).orElse(List.of());
  }

  private void applyOverrides(Entity deploy, Map<String, Entity> workloads) {
    List<Declarations.Decl> chain = new ArrayList<>();
    for (var d = declarations.byId(deploy.id()); d.isPresent() && !chain.contains(d.get()); d = declarations.base(d.get())) chain.add(0, d.get());
    for (Declarations.Decl decl : chain) {
      Scope scope = scopes.of(decl.module());
      for (Member m : decl.syntax().body().map(b -> b.members()).orElse(List.of())) {
        if (m instanceof Member.Override o) override(deploy, o, scope, workloads);
      }
    }
  }

  private void override(Entity deploy, Member.Override o, Scope scope, Map<String, Entity> workloads) {
    var name = new dev.agentc.syntax.QualifiedName(List.of(o.target()), o.target().span());
    var sym = resolver.find(scope, name, Set.of("agent", "swarm"));
    String id = sym.filter(s -> s instanceof Scope.Symbol.Decl).map(s -> ((Scope.Symbol.Decl) s).id()).orElse(null);
    Entity target = id == null ? null : workloads.get(id);
    if (target == null) {
      String deployed = workloads.values().stream().map(Entity::name).sorted().reduce((a, b) -> a + ", " + b).orElse("nothing");
      diags.add(Diagnostic.of(Code.E0403, o.target().span(), o.target().text(), "`" + o.target().text() + "` is not deployed by `" + deploy.name() + "`")
          .hint("`" + deploy.name() + "` deploys " + deployed + "; add it to `agents` or override one of those"));
      return;
    }
    var spec = Schema.kind(target.kind()).orElseThrow();
    Value.Record changes = values.record(new Expr.BlockValue(o.body(), o.body().span()), spec, Path.of(target.name()), scope);
    Value.Record mergedFields = completion.withDefaults(Merge.over(target.fields(), changes), spec, scope);
    workloads.put(id, target.withFields(mergedFields));
  }

  /** LANGUAGE.md §9: names become DNS-1123 labels; too long or clashing names are errors at the declaration. */
  private void checkNames(Entity deploy, Map<String, Entity> workloads) {
    Map<String, Entity> byDns = new HashMap<>();
    for (Entity e : workloads.values()) {
      String dns = DnsNames.of(e.name());
      if (!DnsNames.isLabel(dns) || dns.length() > MAX_NAME) {
        String why = dns.length() > MAX_NAME ? "as a Kubernetes name it would be " + dns.length() + " characters, and at most " + MAX_NAME + " leave room for suffixes"
            : "`" + dns + "` is not a DNS label (letters, digits and `-`, starting and ending with a letter or digit)";
        diags.add(Diagnostic.of(Code.E0313, e.nameSpan(), e.name(), why));
        continue;
      }
      Entity clash = byDns.putIfAbsent(dns, e);
      if (clash != null) {
        diags.add(Diagnostic.of(Code.E0313, e.nameSpan(), e.name(), "in deploy `" + deploy.name() + "` it becomes `" + dns + "`, like `" + clash.id() + "`")
            .label(clash.nameSpan(), "the other one"));
      }
    }
  }
}
