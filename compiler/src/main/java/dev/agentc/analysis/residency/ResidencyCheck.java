package dev.agentc.analysis.residency;

import dev.agentc.analysis.flow.Flow;
import dev.agentc.analysis.flow.Flows;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Placement;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Role;
import dev.agentc.ir.Settings;
import dev.agentc.ir.Workload;
import dev.agentc.model.Entity;
import dev.agentc.model.Model;
import dev.agentc.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One residency policy against one plan; see {@link Residency}. */
final class ResidencyCheck {
  private final Model model;
  private final Plan plan;
  private final Allowed allowed;
  private final List<Flow> flows;
  private final List<Diagnostic> out = new ArrayList<>();
  /** Region lists a model server, router or store took from its users are reported once, at the user. */
  private final Set<Span> reported = new HashSet<>();
  /** Found on first use and kept: a policy may fail every agent, and each search scans the whole catalog. */
  private String regionExample;
  private List<String> admittedProviders;

  ResidencyCheck(Model model, Plan plan, Allowed allowed) {
    this.model = model;
    this.plan = plan;
    this.allowed = allowed;
    this.flows = Flows.of(model, plan);
  }

  List<Diagnostic> run() {
    List<Workload> agentsFirst = plan.workloads().stream().sorted(Comparator.comparingInt(ResidencyCheck::order)).toList();
    for (Workload w : agentsFirst) {
      for (Placement.Region r : w.placement().regions()) {
        if (!allowed.admits(r.jurisdiction(), r.groups()) && reported.add(r.span())) region(w, r);
      }
      if (w.placement().regions().isEmpty() && isAgent(w)) anywhere(w);
    }
    for (Flow f : flows) {
      switch (f) {
        case Flow.ToProvider p when !allowed.admits(p.provider().jurisdiction()) -> provider(p);
        case Flow.ToTool t -> tool(t);
        default -> { }
      }
    }
    return out;
  }

  private static int order(Workload w) {
    return isAgent(w) ? 0 : w.role() == Role.STORE ? 1 : 2;
  }

  private static boolean isAgent(Workload w) { return w.role() == Role.SERVICE || w.role() == Role.WORKER; }

  private String lead() { return "deploy `" + plan.name() + "` would put data outside " + allowed.rule() + ": "; }

  private Diagnostic.Builder error(Span at, String path) {
    return Diagnostic.of(Code.E0620, at, lead() + path).label(allowed.span(), "policy `" + allowed.policy() + "` keeps data in " + allowed.written());
  }

  private String regionHint(Workload w) {
    if (regionExample == null) {
      regionExample = Catalog.admittedRegion(model, allowed).map(r -> "`regions = [" + r + "]`").orElse("regions in " + allowed.written());
    }
    return "keep `" + Flow.nameOf(w) + "` in " + allowed.written() + " for this deploy: " + regionExample + " (an `override` can)";
  }

  private void region(Workload w, Placement.Region r) {
    String where = "(" + r.name() + ", " + r.jurisdiction() + ")";
    if (w.role() == Role.STORE) {
      String users = flows.stream().filter(f -> f instanceof Flow.ToWorkload t && t.to().equals(w)).map(f -> Flow.nameOf(f.from())).distinct()
          .reduce((a, b) -> a + ", " + b).orElse("its users");
      out.add(error(r.span(), users + " → " + Flow.nameOf(w) + " " + where)
          .hint("keep store `" + Flow.nameOf(w) + "` in " + allowed.written() + ": give it regions there, or none to follow its users").build());
      return;
    }
    out.add(error(r.span(), Flow.nameOf(w) + " runs in " + r.name() + " (" + r.jurisdiction() + ")").hint(regionHint(w)).build());
  }

  /** An agent that names no regions lands on every mapped cluster, on the first Aleph node, or anywhere. */
  private void anywhere(Workload w) {
    List<Settings.Cluster> clusters = plan.settings().kubernetes().map(Settings.Kubernetes::clusters).orElse(List.of());
    for (Settings.Cluster c : clusters) {
      Entity region = model.entity(c.regionId()).orElseThrow();
      if (admits(region)) continue;
      out.add(error(w.span(), Flow.nameOf(w) + " names no regions, so it runs in every cluster of the deploy, " + c.context() + " ("
          + region.name() + ", " + Catalog.jurisdiction(region) + ") among them").label(c.span(), "`" + c.context() + "` is mapped here")
          .hint(regionHint(w) + ", or map no cluster outside " + allowed.written()).build());
    }
    Optional<Settings.Node> node = plan.settings().aleph().flatMap(a -> a.nodes().stream().findFirst());
    node.map(n -> model.entity(n.regionId()).orElseThrow()).filter(region -> !admits(region)).ifPresent(region ->
        out.add(error(w.span(), Flow.nameOf(w) + " names no regions, so it runs on the deploy's first Aleph node, in " + region.name() + " ("
            + Catalog.jurisdiction(region) + ")").label(node.get().span(), "that node is mapped here").hint(regionHint(w)).build()));
    boolean kubernetesAnywhere = plan.settings().kubernetes().isPresent() && clusters.isEmpty();
    boolean alephAnywhere = plan.settings().aleph().isPresent() && node.isEmpty();
    if (kubernetesAnywhere || alephAnywhere) {
      out.add(Diagnostic.of(Code.W0621, w.span(), "in deploy `" + plan.name() + "`, `" + Flow.nameOf(w) + "` names no regions, so it may run anywhere "
              + "and agentc cannot check it against " + allowed.rule())
          .label(allowed.span(), "policy `" + allowed.policy() + "` keeps data in " + allowed.written()).hint(regionHint(w)).build());
    }
  }

  private boolean admits(Entity region) { return allowed.admits(Catalog.jurisdiction(region), Catalog.groups(region)); }

  private void provider(Flow.ToProvider p) {
    if (admittedProviders == null) admittedProviders = Catalog.admittedProviders(model, allowed);
    List<String> others = admittedProviders;
    String hint = p.provider().regional()
        ? "`" + p.provider().name() + "` processes data where the endpoint you call is: declare a provider for an endpoint in "
            + allowed.written() + " (`provider " + p.provider().name() + "_eu { name = \"…\"  jurisdiction = … host = \"…\" regional = true }`) "
            + "and use it in `" + p.model() + "`"
        : "use a model whose data stays in " + allowed.written() + ": a self-hosted one (`weights = …`, served where its users run)"
            + (others.isEmpty() ? "" : ", or one at " + String.join(", ", others.stream().map(o -> "`" + o + "`").toList()));
    out.add(error(p.span(), p.path()).hint(hint).build());
  }

  private void tool(Flow.ToTool t) {
    out.add(Diagnostic.of(Code.W0620, t.span(), "in deploy `" + plan.name() + "`, " + t.path() + " is not checked against " + allowed.rule()
            + ": agentc cannot tell where a tool keeps data")
        .label(allowed.span(), "policy `" + allowed.policy() + "` keeps data in " + allowed.written())
        .hint("a tool declares no jurisdiction: check that `" + t.host() + "` keeps data in " + allowed.written()).build());
  }
}
