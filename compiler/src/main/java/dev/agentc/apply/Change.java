package dev.agentc.apply;

import java.util.List;

/**
 * One object a plan would create, change or delete.
 *
 * @param scope where it lives: a kube context, an API, a Compose project
 * @param kind its kind (`Deployment`, `INSTANCE`, …)
 * @param name its name, qualified as the target shows it (`shop/triage`)
 * @param fields for an update, each field that differs; empty when not known field by field
 */
public record Change(Action action, String scope, String kind, String name, List<FieldChange> fields) {
  public Change {
    fields = List.copyOf(fields);
  }

  public enum Action {
    CREATE("+", "created"), UPDATE("~", "changed"), DELETE("-", "deleted");

    private final String symbol;
    private final String done;

    Action(String symbol, String done) {
      this.symbol = symbol;
      this.done = done;
    }

    /** The terraform-like mark: `+`, `~`, `-`. */
    public String symbol() { return symbol; }

    public String done() { return done; }
  }

  /** A field at {@code path} (`spec.replicas`) going from {@code before} to {@code after}; absent on one side is null. */
  public record FieldChange(String path, String before, String after) {}
}
