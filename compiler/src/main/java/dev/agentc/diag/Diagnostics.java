package dev.agentc.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one run, in a stable order for output. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();
  private int errors;

  public void add(Diagnostic d) {
    items.add(d);
    if (d.isError()) errors++;
  }

  public void add(Diagnostic.Builder b) { add(b.build()); }

  public void addAll(List<Diagnostic> ds) { ds.forEach(this::add); }

  public boolean hasErrors() { return errors > 0; }

  public int size() { return items.size(); }

  /** Whether an error was already reported inside {@code span}; later checks use it to avoid piling on. */
  public boolean hasErrorWithin(dev.agentc.source.Span span) {
    if (errors == 0) return false; // the common case, asked once per declaration
    for (Diagnostic d : items) {
      if (d.isError() && d.span().start() >= span.start() && d.span().end() <= span.end() && d.span().file().equals(span.file())) return true;
    }
    return false;
  }

  /** Sorted by file, offset, then code, so output does not depend on checking order. */
  public List<Diagnostic> sorted() { return sort(items); }

  private static final Comparator<Diagnostic> ORDER = Comparator.comparing((Diagnostic d) -> d.span().file())
      .thenComparingInt(d -> d.span().start())
      .thenComparing(d -> d.code().name())
      .thenComparing(Diagnostic::message);

  public static List<Diagnostic> sort(List<Diagnostic> ds) { return ds.stream().distinct().sorted(ORDER).toList(); }
}
