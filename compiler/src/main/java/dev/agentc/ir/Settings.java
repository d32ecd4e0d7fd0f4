package dev.agentc.ir;

import dev.agentc.source.Span;
import java.util.List;
import java.util.Optional;

/** The deploy's per-target blocks; a target builds only when its block is present. */
public record Settings(Optional<Kubernetes> kubernetes, Optional<Compose> compose, Optional<Aleph> aleph, Optional<Pulumi> pulumi) {

  /**
   * @param namespace the namespace of every object; the deploy's DNS name when not set
   * @param cloud the label family, with its facts from std.cloud
   * @param gateway `namespace/name` of the Gateway API Gateway
   * @param clusters kube context per region; empty for one default cluster
   */
  public record Kubernetes(
      String namespace,
      CloudProfile cloud,
      String network,
      Optional<Sourced<String>> gateway,
      String rollouts,
      Optional<String> prometheus,
      List<Cluster> clusters,
      Span span) {
    public Kubernetes {
      clusters = List.copyOf(clusters);
    }

    /** The name of the output file when the deploy maps no regions to clusters. */
    public static final String DEFAULT_CLUSTER = "default";
  }

  /** A region mapped to a kube context. */
  public record Cluster(String regionId, String context, Span span) {}

  public record Compose(Optional<String> project, Span span) {}

  /** @param nodes the pinned CRN per region */
  public record Aleph(String api, Optional<String> channel, Optional<String> rootfs, List<String> sshKeys, List<Node> nodes, Span span) {
    public Aleph {
      sshKeys = List.copyOf(sshKeys);
      nodes = List.copyOf(nodes);
    }
  }

  public record Node(String regionId, String hash, Span span) {}

  public record Pulumi(Optional<String> project, Optional<String> stack, Optional<String> packageName, Span span) {}
}
