package dev.agentc.target.pulumi;

import com.pulumi.automation.OperationType;
import dev.agentc.apply.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a `pulumi preview` or `up` reports, as {@link Change}s: one per resource step the engine
 * announced, else (no step events) one per kind of operation in the change summary. A replace is
 * one change: its `create-replacement` and `delete-replaced` steps are parts of it.
 */
final class PulumiChanges {
  private PulumiChanges() {}

  /** One resource step: its operation, type token and URN. */
  record Step(OperationType op, String type, String urn) {}

  static List<Change> of(String stack, List<Step> steps, Map<OperationType, Integer> summary) {
    String scope = "Pulumi stack `" + stack + "`";
    List<Change> fromSteps = new ArrayList<>();
    for (Step s : steps) {
      action(s.op()).ifPresent(a -> fromSteps.add(new Change(a, scope, s.type(), name(s.urn()) + suffix(s.op()), List.of())));
    }
    if (!fromSteps.isEmpty()) return fromSteps;
    List<Change> fromSummary = new ArrayList<>();
    new TreeMap<>(summary).forEach((op, count) -> {
      if (count != null && count > 0) {
        action(op).ifPresent(a -> fromSummary.add(new Change(a, scope, "resources", count + " to " + op.name().toLowerCase().replace('_', '-'), List.of())));
      }
    });
    return fromSummary;
  }

  /** The action of an operation that changes something; empty for `same`, reads, refreshes and the parts of a replace. */
  static Optional<Change.Action> action(OperationType op) {
    return switch (op) {
      case CREATE, IMPORT -> Optional.of(Change.Action.CREATE);
      case UPDATE, REPLACE -> Optional.of(Change.Action.UPDATE);
      case DELETE -> Optional.of(Change.Action.DELETE);
      case UNKNOWN, SAME, CREATE_REPLACEMENT, DELETE_REPLACED, READ, READ_REPLACEMENT, REFRESH, READ_DISCARD, DISCARD_REPLACED,
          REMOVE_PENDING_REPLACE, IMPORT_REPLACEMENT -> Optional.empty();
    };
  }

  private static String suffix(OperationType op) { return op == OperationType.REPLACE ? " (replaced)" : op == OperationType.IMPORT ? " (imported)" : ""; }

  /** The resource's name: the URN's last `::` part (`urn:pulumi:prod::shop::kubernetes:apps/v1:Deployment::euw1/triage` → `euw1/triage`). */
  private static String name(String urn) {
    int at = urn.lastIndexOf("::");
    return at < 0 ? urn : urn.substring(at + 2);
  }
}
