package dev.agentc.ir;

import dev.agentc.source.Span;
import java.util.List;

/**
 * Where a workload may connect. Peers are workloads of the same plan; hosts are outside it
 * (tools and model providers). A host may hold one `*` label (`bedrock-runtime.*.amazonaws.com`).
 *
 * @param restricted a policy of the deploy limits egress to these hosts (`egress = tools_only`); false when
 *     the deploy has no policy, or one says `egress = any`
 */
public record Egress(List<Peer> peers, List<Host> hosts, boolean restricted) {
  public Egress {
    peers = List.copyOf(peers);
    hosts = List.copyOf(hosts);
  }

  public static final Egress NONE = new Egress(List.of(), List.of(), true);

  public record Peer(String workload, int port) {}

  /** @param origin what needs it, e.g. `tool weather` */
  public record Host(String host, int port, String origin, Span span) {}
}
