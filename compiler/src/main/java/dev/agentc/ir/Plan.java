package dev.agentc.ir;

import dev.agentc.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * What one `deploy` will run, independent of any target: the IR. Built from the typed model by
 * {@link Plans}; targets read nothing else. Workloads are sorted by name, so every target's
 * output order follows from the IR alone.
 *
 * @param name the deploy's name as declared; {@code dnsName} is its DNS-1123 form
 * @param team the module that declares the deploy, for cost labels
 * @param secrets the secrets some workload references, by key
 * @param prices the price list of the deploy's cloud, for its cost
 */
public record Plan(
    String name,
    String dnsName,
    String team,
    Span span,
    List<Workload> workloads,
    List<Swarm> swarms,
    List<SecretRef> secrets,
    Settings settings,
    Optional<Budget> maxMonthly,
    Prices prices) {
  public Plan {
    workloads = List.copyOf(workloads);
    swarms = List.copyOf(swarms);
    secrets = List.copyOf(secrets);
  }

  public Optional<Workload> workload(String name) {
    return workloads.stream().filter(w -> w.name().equals(name)).findFirst();
  }

  /** The Kubernetes Secret every secret reference points into; its values are supplied at apply. */
  public String secretObjectName() { return dnsName + "-secrets"; }

  /** The Pulumi project of a deploy with a `pulumi` block: its `project`, else the deploy's DNS name. */
  public Optional<String> pulumiProject() { return settings.pulumi().map(p -> p.project().orElse(dnsName)); }

  /** The Pulumi stack of a deploy with a `pulumi` block: its `stack`, else the deploy's name. */
  public Optional<String> pulumiStack() { return settings.pulumi().map(p -> p.stack().orElse(name)); }

  /** A secret some workload references: {@code key} is its key in the deploy's secret object. */
  public record SecretRef(String key, String id, Span span) {}

  /** A swarm: its router workload, its members' workload names, and how it routes. */
  public record Swarm(String name, String router, List<String> members, String routing, Span span) {
    public Swarm {
      members = List.copyOf(members);
    }
  }
}
