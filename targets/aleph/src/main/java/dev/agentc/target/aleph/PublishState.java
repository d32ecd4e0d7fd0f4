package dev.agentc.target.aleph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What agentc has published for one deploy (`.agentc/state/<deploy>.json`): each instance's
 * current message, the deploy's AGGREGATE, and the messages submitted but not yet seen processed
 * (the journal that makes an interrupted apply resumable without publishing anything twice).
 *
 * @param instances by instance name (`metadata.name`)
 */
record PublishState(String deploy, SortedMap<String, Published> instances, Optional<Published> aggregate, List<Pending> pending) {
  static final int VERSION = 1;

  PublishState {
    instances = new TreeMap<>(instances);
    pending = List.copyOf(pending);
  }

  static PublishState empty(String deploy) { return new PublishState(deploy, new TreeMap<>(), Optional.empty(), List.of()); }

  /** A message that is live: its hash, and the fingerprint of its content without the time. */
  record Published(String hash, String fingerprint) {}

  /** What a journalled message does once processed. */
  enum Action { PUBLISH_INSTANCE, FORGET, PUBLISH_AGGREGATE, NOTIFY_CRN }

  /**
   * A message written here before it is submitted.
   *
   * @param name the instance it is about (the aggregate key for the AGGREGATE)
   */
  record Pending(Action action, String name, String fingerprint, Map<String, Object> message) {
    /** The message's item hash; for a CRN notification, the instance's. */
    String hash() { return (String) message.get(action == Action.NOTIFY_CRN ? "instance" : "item_hash"); }
  }

  PublishState journal(Pending p) {
    List<Pending> all = new ArrayList<>(pending);
    all.add(p);
    return new PublishState(deploy, instances, aggregate, all);
  }

  /** The state once {@code p} is processed. */
  PublishState done(Pending p) {
    SortedMap<String, Published> now = new TreeMap<>(instances);
    Optional<Published> agg = aggregate;
    switch (p.action()) {
      case PUBLISH_INSTANCE -> now.put(p.name(), new Published(p.hash(), p.fingerprint()));
      case FORGET -> now.computeIfPresent(p.name(), (k, v) -> v.fingerprint().equals(p.fingerprint()) ? null : v);
      case PUBLISH_AGGREGATE -> agg = Optional.of(new Published(p.hash(), p.fingerprint()));
      case NOTIFY_CRN -> { }
    }
    return new PublishState(deploy, now, agg, pending.stream().filter(q -> !q.equals(p)).toList());
  }

  /**
   * The state without {@code p}, which will never be processed (refused or rejected). A new
   * INSTANCE takes with it what was to follow it: the start on its CRN, and the FORGET of the
   * instance it was to replace, which stays live.
   */
  PublishState dropped(Pending p) {
    return new PublishState(deploy, instances, aggregate, pending.stream().filter(q -> !q.equals(p) && !follows(q, p)).toList());
  }

  private static boolean follows(Pending q, Pending instance) {
    return instance.action() == Action.PUBLISH_INSTANCE && q.name().equals(instance.name())
        && (q.action() == Action.NOTIFY_CRN || q.action() == Action.FORGET);
  }
}
