package dev.agentc.target.aleph;

import dev.agentc.apply.ApplyException;
import dev.agentc.apply.Progress;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Publishes messages one at a time so that a crash at any point can be resumed: the message is
 * written to the state file as pending before it is submitted, and leaves the journal only once
 * the node reports it processed (or rejected). Resuming a pending message first asks the node
 * about its hash, and submits it again only when the node has never seen it, so nothing is
 * published twice.
 */
final class Journal {
  private final AlephApi api;
  private final StateFile file;
  private final Plan plan;
  private final String apiUrl;
  private final Duration poll;
  private final Duration timeout;
  private final Progress progress;
  private PublishState state;

  Journal(AlephApi api, StateFile file, PublishState state, Plan plan, String apiUrl, Duration poll, Duration timeout, Progress progress) {
    this.api = api;
    this.file = file;
    this.state = state;
    this.plan = plan;
    this.apiUrl = apiUrl;
    this.poll = poll;
    this.timeout = timeout;
    this.progress = progress;
  }

  PublishState state() { return state; }

  /** Finishes every message an earlier, interrupted apply left pending. */
  void resume() {
    for (PublishState.Pending p : state.pending()) {
      progress.step("  resuming " + describe(p));
      if (p.action() == PublishState.Action.NOTIFY_CRN) {
        notifyCrn(p);
        continue;
      }
      AlephApi.Status s = status(p);
      if (s.status().equals(AlephApi.Status.UNKNOWN)) submit(p);
      await(p);
    }
  }

  /**
   * Journals the messages together, then submits each and waits for it, in order: a new INSTANCE
   * and the FORGET of the one it replaces are recorded at once, so a crash between them still
   * ends with the old one forgotten.
   */
  void publish(List<PublishState.Pending> messages) {
    for (PublishState.Pending p : messages) state = state.journal(p);
    file.write(state);
    for (PublishState.Pending p : messages) {
      if (p.action() == PublishState.Action.NOTIFY_CRN) {
        notifyCrn(p);
        continue;
      }
      submit(p);
      await(p);
    }
  }

  private void submit(PublishState.Pending p) {
    AlephApi.Submitted result;
    try {
      result = api.submit(p.message());
    } catch (AlephApi.Unavailable e) {
      throw unavailable(e.getMessage());
    }
    if (result instanceof AlephApi.Submitted.Refused r) {
      state = state.dropped(p);
      file.write(state);
      throw new ApplyException(Diagnostic.of(Code.E0709, plan.span(), apiUrl, describe(p), r.reason())
          .hint("the message was not published; check that the build signs with the right key (`--sign-key`) and that the "
              + "`aleph { }` settings are valid, then rerun").build());
    }
    progress.step("  submitted " + describe(p));
  }

  private void await(PublishState.Pending p) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      AlephApi.Status s = status(p);
      switch (s.status()) {
        case "processed" -> {
          state = state.done(p);
          file.write(state);
          progress.step("  processed " + describe(p));
          return;
        }
        case "rejected" -> {
          state = state.dropped(p);
          file.write(state);
          throw new ApplyException(Diagnostic.of(Code.E0710, plan.span(), describe(p), s.reason().isBlank() ? "no reason given" : s.reason())
              .hint("error code 5 or 6 means the sender lacks balance or credits; 1 a bad signature; 2 a sender not allowed to do this; "
                  + "fix that and rerun: messages processed so far are not published again").build());
        }
        default -> { }
      }
      if (System.nanoTime() >= deadline) {
        throw unavailable(describe(p) + " is still " + s.status() + " after " + timeout.toSeconds() + " s; rerun `agentc apply` to keep waiting "
            + "(it will not be submitted again)");
      }
      try {
        Thread.sleep(poll.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw unavailable("interrupted");
      }
    }
  }

  /** Asks the pinned CRN to start the processed instance; asking twice is harmless, so a resumed run simply asks again. */
  private void notifyCrn(PublishState.Pending p) {
    String node = (String) p.message().get("node_hash");
    Optional<String> refused;
    String crn;
    try {
      crn = api.crnUrl(node).orElseThrow(() -> new AlephApi.Unavailable("the CRN " + node + " is not in the CRN list"));
      refused = api.notifyAllocation(crn, p.hash());
    } catch (AlephApi.Unavailable e) {
      throw unavailable(e.getMessage());
    }
    if (refused.isPresent()) {
      throw new ApplyException(Diagnostic.of(Code.E0710, plan.span(), "the start of " + describe(p) + " on " + crn, refused.get())
          .hint("402 means the sender lacks credits, 503 that the CRN is full, 400 a wrong node or payment; fix that and rerun: "
              + "the instance stays published and the CRN is asked again").build());
    }
    state = state.done(p);
    file.write(state);
    progress.step("  started " + describe(p) + " on " + crn);
  }

  private AlephApi.Status status(PublishState.Pending p) {
    try {
      return api.status(p.hash());
    } catch (AlephApi.Unavailable e) {
      throw unavailable(e.getMessage());
    }
  }

  private ApplyException unavailable(String reason) {
    return new ApplyException(Diagnostic.of(Code.E0711, plan.span(), apiUrl, reason)
        .label(plan.settings().aleph().orElseThrow().span(), "the API comes from here (`api`)")
        .hint("rerun `agentc apply` when the node answers: messages already submitted are checked, not sent twice").build());
  }

  static String describe(PublishState.Pending p) {
    String kind = switch (p.action()) {
      case PUBLISH_INSTANCE -> "INSTANCE `" + p.name() + "`";
      case FORGET -> "FORGET of `" + p.name() + "`";
      case PUBLISH_AGGREGATE -> "AGGREGATE `" + p.name() + "`";
      case NOTIFY_CRN -> "INSTANCE `" + p.name() + "`";
    };
    return kind + " (" + p.hash().substring(0, 12) + "…)";
  }
}
