package dev.agentc.target.aleph;

import dev.agentc.ir.Plan;
import dev.agentc.ir.Settings;
import dev.agentc.ir.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's messages, in the order to submit them: one INSTANCE per {@link InstanceSpec}, then the
 * AGGREGATE `agentc:<deploy>` that describes the deployment — its members (workload → instance
 * item hashes), the endpoint each workload listens on, and its swarms. Signed when the stamp has
 * a key.
 */
final class Messages {
  static final String INSTANCE = "INSTANCE";
  static final String AGGREGATE = "AGGREGATE";

  private Messages() {}

  /** The AGGREGATE key of a deploy. */
  static String aggregateKey(Plan plan) { return "agentc:" + plan.dnsName(); }

  /**
   * @param notEnforced per workload, the features Aleph only does its best with
   */
  static List<AlephMessage> of(Plan plan, Settings.Aleph aleph, Stamp stamp, Map<String, List<String>> notEnforced) {
    String channel = aleph.channel().orElse(AlephLimits.DEFAULT_CHANNEL);
    String endpointsUrl = Variables.endpointsUrl(aleph.api(), stamp.sender(), aggregateKey(plan));
    List<AlephMessage> out = new ArrayList<>();
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (InstanceSpec spec : InstanceSpec.of(plan, aleph)) {
      Workload w = spec.workload();
      InstanceContent content = instance(plan, aleph, stamp, spec, endpointsUrl, notEnforced.getOrDefault(w.name(), List.of()));
      AlephMessage m = AlephMessage.of(stamp.sender(), INSTANCE, channel, stamp.time(), content.tree());
      out.add(m);
      members.computeIfAbsent(w.name(), k -> new ArrayList<>()).add(m.itemHash());
    }
    AggregateContent deployment = new AggregateContent(stamp.sender(), stamp.time(), aggregateKey(plan), deployment(plan, members));
    out.add(AlephMessage.of(stamp.sender(), AGGREGATE, channel, stamp.time(), deployment.tree()));
    return stamp.key().map(k -> out.stream().map(m -> m.signedBy(k)).toList()).orElse(List.copyOf(out));
  }

  private static InstanceContent instance(Plan plan, Settings.Aleph aleph, Stamp stamp, InstanceSpec spec, String endpointsUrl,
      List<String> notEnforced) {
    Workload w = spec.workload();
    Sizing size = Sizing.of(w);
    Map<String, String> secrets = Variables.secrets(w);
    Optional<InstanceContent.TrustedExecution> tee = w.tee().map(t -> new InstanceContent.TrustedExecution(AlephLimits.SEV_FIRMWARE, AlephLimits.SEV_POLICY));
    return new InstanceContent(stamp.sender(), stamp.time(), Metadata.of(plan, spec, notEnforced, secrets), aleph.sshKeys(),
        Variables.of(plan, w, endpointsUrl), tee, new InstanceContent.Resources(size.vcpus(), size.memoryMib(), AlephLimits.SECONDS),
        spec.slot().node().map(Settings.Node::hash), GpuDevices.of(w.resources().gpu()), StoreVolume.of(w).stream().toList(),
        new InstanceContent.Rootfs(aleph.rootfs().orElse(AlephLimits.DEFAULT_ROOTFS), size.diskMib()));
  }

  private static Map<String, Object> deployment(Plan plan, Map<String, List<String>> members) {
    Map<String, Object> endpoints = new LinkedHashMap<>();
    for (Workload w : plan.workloads()) {
      w.container().port().ifPresent(p -> endpoints.put(w.name(), InstanceContent.ordered("protocol", p.protocol(), "port", p.number())));
    }
    Map<String, Object> swarms = new LinkedHashMap<>();
    for (Plan.Swarm s : plan.swarms()) {
      swarms.put(s.name(), InstanceContent.ordered("router", s.router(), "members", s.members(), "routing", s.routing()));
    }
    Map<String, Object> content = InstanceContent.ordered("deploy", plan.dnsName(), "managed_by", "agentc", "members", members,
        "endpoints", endpoints, "swarms", swarms);
    plan.maxMonthly().ifPresent(b -> content.put("budget", b.monthly().toPlainString() + " " + b.currency() + "/month"));
    return content;
  }
}
