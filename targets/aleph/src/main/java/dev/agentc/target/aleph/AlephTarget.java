package dev.agentc.target.aleph;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Feature;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Settings;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Output;
import dev.agentc.target.Support;
import dev.agentc.target.Target;
import dev.agentc.target.Targets;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Aleph Cloud target (TARGETS.md, aleph.md): `OUT/<deploy>/aleph/messages.json`, the
 * INSTANCE messages of every workload and the AGGREGATE `agentc:<deploy>` that describes the
 * deployment, ready for `POST /api/v0/messages` and signed when a key is given.
 */
public final class AlephTarget implements Target {
  static final String FILE = "messages.json";
  private final Clock clock;

  public AlephTarget() { this(Clock.systemUTC()); }

  /** With {@code clock} for the time of builds that give neither `--time` nor `SOURCE_DATE_EPOCH`. */
  AlephTarget(Clock clock) { this.clock = clock; }

  @Override
  public String name() { return "aleph"; }

  @Override
  public Support support(Feature feature) {
    return switch (feature) {
      case GPU, REGIONS, STORE, SWARM, BUDGET, TEE, SECRET -> Support.MAPPED;
      case AUTOSCALING, EVENT_SCALING -> new Support.BestEffort(
          "Aleph has no autoscaler: it runs the minimum number of replicas as fixed instances; rebuild with other `replicas` to resize");
      case SPOT -> new Support.BestEffort("Aleph has no spot capacity: instances are paid in credits at the regular price");
      case ROLLOUT -> new Support.BestEffort("Aleph replaces instances whole: submit the new messages, then forget the old instances");
      case EXPOSE -> new Support.BestEffort("set up the instance's IPv6 address or a custom domain outside agentc");
      case RATE_LIMIT -> new Support.BestEffort("rate-limit in the agent itself, or in a proxy in front of its instances");
      case EGRESS -> new Support.BestEffort("Aleph instances have open internet access: restrict egress inside the VM");
    };
  }

  @Override
  public boolean requested(Plan plan) { return plan.settings().aleph().isPresent(); }

  @Override
  public List<Diagnostic> check(Plan plan, BuildOptions options) {
    Settings.Aleph aleph = plan.settings().aleph().orElseThrow();
    Stamp.Resolved stamp = Stamp.resolve(options, clock);
    List<Diagnostic> out = new ArrayList<>(stamp.diagnostics());
    out.addAll(AlephChecks.check(plan, aleph));
    if (out.stream().noneMatch(Diagnostic::isError) && stamp.stamp().isPresent()) {
      Stamp unsigned = new Stamp(stamp.stamp().get().time(), stamp.stamp().get().sender(), Optional.empty());
      for (AlephMessage m : Messages.of(plan, aleph, unsigned, notEnforced(plan))) {
        if (m.itemContent().length() <= AlephLimits.MAX_INLINE_CONTENT) continue;
        out.add(Diagnostic.of(Code.E0509, plan.span(), "an " + m.type() + " message of deploy `" + plan.name() + "` would carry "
            + m.itemContent().length() + " characters of content, and Aleph takes at most " + AlephLimits.MAX_INLINE_CONTENT
            + " inline (aleph.md §1.1)").hint("trim the agents' `env`").build());
      }
    }
    return out;
  }

  @Override
  public Output emit(Plan plan, BuildOptions options) {
    Stamp.Resolved stamp = Stamp.resolve(options, clock);
    if (stamp.stamp().isEmpty()) return new Output(List.of(), stamp.diagnostics(), List.of());
    List<AlephMessage> messages = Messages.of(plan, plan.settings().aleph().orElseThrow(), stamp.stamp().get(), notEnforced(plan));
    byte[] bytes = Json.pretty(messages.stream().map(AlephMessage::tree).toList()).getBytes(StandardCharsets.UTF_8);
    long instances = messages.stream().filter(m -> m.type().equals(Messages.INSTANCE)).count();
    return new Output(List.of(new Output.Artefact(FILE, bytes)), List.of(), List.of(
        new Output.ObjectCount("messages", Messages.INSTANCE, (int) instances),
        new Output.ObjectCount("messages", Messages.AGGREGATE, messages.size() - (int) instances)));
  }

  /** Per workload, the features Aleph only does its best with, for its instances' metadata. */
  private Map<String, List<String>> notEnforced(Plan plan) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Feature.Use use : Targets.bestEffort(this, plan)) {
      List<String> list = out.computeIfAbsent(use.workload(), k -> new ArrayList<>());
      if (!list.contains(use.feature().description())) list.add(use.feature().description());
    }
    return out;
  }
}
