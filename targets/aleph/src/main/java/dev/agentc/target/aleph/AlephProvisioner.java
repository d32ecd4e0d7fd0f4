package dev.agentc.target.aleph;

import dev.agentc.apply.ApplyException;
import dev.agentc.apply.ApplyOptions;
import dev.agentc.apply.Change;
import dev.agentc.apply.Deployment;
import dev.agentc.apply.PlanResult;
import dev.agentc.apply.Progress;
import dev.agentc.apply.Provisioner;
import dev.agentc.build.AtomicFile;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * `agentc plan`/`apply` for the aleph target: publishes the build's signed messages to the
 * deploy's API (`aleph { api }`), keeping what is live in `.agentc/state/<deploy>.json`. An
 * instance whose content (time aside) is unchanged is not published again; a changed one gets a
 * new INSTANCE and its old one a FORGET; with `--prune`, instances no longer built are forgotten;
 * the AGGREGATE `agentc:<deploy>` is republished when its members change. Every message goes
 * through the {@link Journal}, so an interrupted apply resumes without publishing twice.
 */
public final class AlephProvisioner implements Provisioner {
  private final Function<String, AlephApi> apis;
  private final Clock clock;
  private final Duration poll;
  private final StateFile.Writer writer;

  public AlephProvisioner() { this(api -> new HttpAlephApi(api, Duration.ofSeconds(30)), Clock.systemUTC(), Duration.ofSeconds(5), AtomicFile::write); }

  AlephProvisioner(Function<String, AlephApi> apis, Clock clock, Duration poll, StateFile.Writer writer) {
    this.apis = apis;
    this.clock = clock;
    this.poll = poll;
    this.writer = writer;
  }

  @Override
  public String target() { return "aleph"; }

  /** One change and the messages that make it. */
  private record Step(Change change, List<PublishState.Pending> messages) {}

  /** What a run works from: the built messages, the signing key, the state file and what it holds. */
  private record Run(Plan plan, String api, List<Desired.Message> built, SigningKey key, StateFile file, PublishState state) {}

  @Override
  public PlanResult plan(Deployment deployment, ApplyOptions options) {
    Run run = start(deployment, options);
    List<Change> changes = new ArrayList<>();
    PublishState assumed = run.state();
    for (PublishState.Pending p : run.state().pending()) {
      String kind = p.action() == PublishState.Action.NOTIFY_CRN ? "start of INSTANCE" : String.valueOf(p.message().get("type"));
      changes.add(new Change(Change.Action.UPDATE, scope(run), kind, p.name() + " (left pending by an interrupted apply)", List.of()));
      assumed = assumed.done(p);
    }
    List<Diagnostic> warnings = new ArrayList<>();
    steps(new Run(run.plan(), run.api(), run.built(), run.key(), run.file(), assumed), options.prune(), warnings).forEach(s -> changes.add(s.change()));
    return new PlanResult(deployment, changes, warnings);
  }

  @Override
  public PlanResult apply(Deployment deployment, ApplyOptions options, Progress progress) {
    Run run = start(deployment, options);
    Journal journal = new Journal(apis.apply(run.api()), run.file(), run.state(), run.plan(), run.api(), poll, options.timeout(), progress);
    journal.resume();
    List<Diagnostic> warnings = new ArrayList<>();
    List<Change> done = new ArrayList<>();
    for (Step step : steps(new Run(run.plan(), run.api(), run.built(), run.key(), run.file(), journal.state()), options.prune(), warnings)) {
      journal.publish(step.messages());
      done.add(step.change());
    }
    return new PlanResult(deployment, done, warnings);
  }

  private Run start(Deployment deployment, ApplyOptions options) {
    Plan plan = deployment.plan();
    List<Desired.Message> built = Desired.of(deployment.files().get(AlephTarget.FILE));
    Optional<SigningKey> key = KeyFile.load(options.build()) instanceof KeyFile.Result.Loaded l ? Optional.of(l.key()) : Optional.empty();
    if (key.isEmpty() || built.stream().anyMatch(m -> !m.signed())) {
      throw new ApplyException(Diagnostic.of(Code.E0714, plan.span(), plan.name())
          .hint("Aleph accepts only signed messages: pass the sender's key with `--sign-key FILE` (or AGENTC_ALEPH_KEY_FILE)").build());
    }
    StateFile file = new StateFile(StateFile.of(deployment.stateDir(), plan).path(), writer);
    return new Run(plan, plan.settings().aleph().orElseThrow().api(), built, key.get(), file, file.read(plan));
  }

  private List<Step> steps(Run run, boolean prune, List<Diagnostic> warnings) {
    List<Step> out = new ArrayList<>();
    Map<String, String> liveHash = new HashMap<>();
    Map<String, PublishState.Published> leftover = new TreeMap<>(run.state().instances());
    Desired.Message aggregate = null;
    for (Desired.Message m : run.built()) {
      if (!m.type().equals(Messages.INSTANCE)) {
        aggregate = m;
        continue;
      }
      PublishState.Published live = leftover.remove(m.name());
      List<PublishState.Pending> publish = publish(m);
      if (live == null) {
        out.add(new Step(change(run, Change.Action.CREATE, Messages.INSTANCE, m.name(), List.of()), publish));
      } else if (!live.fingerprint().equals(m.fingerprint())) {
        List<PublishState.Pending> replace = new ArrayList<>(publish);
        replace.add(forget(run, m, m.name(), live));
        out.add(new Step(change(run, Change.Action.UPDATE, Messages.INSTANCE, m.name(),
            List.of(new Change.FieldChange("item_hash", live.hash(), m.hash()))), replace));
      } else {
        liveHash.put(m.hash(), live.hash());
      }
    }
    for (var e : leftover.entrySet()) {
      if (prune) out.add(new Step(change(run, Change.Action.DELETE, Messages.INSTANCE, e.getKey(), List.of()), List.of(forget(run, aggregate, e.getKey(), e.getValue()))));
    }
    if (!prune && !leftover.isEmpty()) {
      warnings.add(Diagnostic.of(Code.W0701, run.plan().span(), String.join(", ", leftover.keySet().stream().map(n -> "INSTANCE `" + n + "`").toList()),
          scope(run)).hint("rerun with `--prune` to FORGET " + (leftover.size() == 1 ? "it" : "them")).build());
    }
    if (aggregate != null) aggregate(run, aggregate, liveHash).ifPresent(out::add);
    return out;
  }

  /** An INSTANCE, then for one pinned to a CRN (`requirements.node`) the request that it start it (aleph.md §5.4). */
  private static List<PublishState.Pending> publish(Desired.Message m) {
    List<PublishState.Pending> out = new ArrayList<>();
    out.add(new PublishState.Pending(PublishState.Action.PUBLISH_INSTANCE, m.name(), m.fingerprint(), m.envelope()));
    if (m.content().get("requirements") instanceof Map<?, ?> r && r.get("node") instanceof Map<?, ?> node && node.get("node_hash") instanceof String hash) {
      out.add(new PublishState.Pending(PublishState.Action.NOTIFY_CRN, m.name(), m.fingerprint(),
          InstanceContent.ordered("instance", m.hash(), "node_hash", hash)));
    }
    return out;
  }

  /** The deploy's AGGREGATE, its members being the instances that will be live; a step when it differs from the published one. */
  @SuppressWarnings("unchecked")
  private Optional<Step> aggregate(Run run, Desired.Message built, Map<String, String> liveHash) {
    Map<String, Object> content = new LinkedHashMap<>(built.content());
    Map<String, Object> deployment = new LinkedHashMap<>((Map<String, Object>) content.get("content"));
    Map<String, Object> members = new LinkedHashMap<>();
    ((Map<String, List<String>>) deployment.get("members")).forEach((w, hashes) -> members.put(w, hashes.stream().map(h -> liveHash.getOrDefault(h, h)).toList()));
    deployment.put("members", members);
    content.put("content", deployment);
    String fingerprint = Desired.fingerprint(content);
    Optional<PublishState.Published> live = run.state().aggregate();
    if (live.isPresent() && live.get().fingerprint().equals(fingerprint)) return Optional.empty();
    content.put("time", Stamp.now(clock));
    AlephMessage m = AlephMessage.of((String) built.envelope().get("sender"), Messages.AGGREGATE, (String) built.envelope().get("channel"),
        Stamp.now(clock), content).signedBy(run.key());
    Change change = change(run, live.isPresent() ? Change.Action.UPDATE : Change.Action.CREATE, Messages.AGGREGATE, built.name(), List.of());
    return Optional.of(new Step(change, List.of(new PublishState.Pending(PublishState.Action.PUBLISH_AGGREGATE, built.name(), fingerprint, m.tree()))));
  }

  /** A signed FORGET of {@code live}, the message of instance {@code name}. */
  private PublishState.Pending forget(Run run, Desired.Message any, String name, PublishState.Published live) {
    Desired.Message from = any != null ? any : run.built().get(0);
    String sender = (String) from.envelope().get("sender");
    BigDecimal time = Stamp.now(clock);
    Map<String, Object> content = InstanceContent.ordered("address", sender, "time", time, "hashes", List.of(live.hash()),
        "reason", "replaced or removed by agentc apply of deploy " + run.plan().dnsName());
    AlephMessage m = AlephMessage.of(sender, "FORGET", (String) from.envelope().get("channel"), time, content).signedBy(run.key());
    return new PublishState.Pending(PublishState.Action.FORGET, name, live.fingerprint(), m.tree());
  }

  private static Change change(Run run, Change.Action action, String kind, String name, List<Change.FieldChange> fields) {
    return new Change(action, scope(run), kind, name, fields);
  }

  private static String scope(Run run) { return "the Aleph API at " + run.api(); }
}
