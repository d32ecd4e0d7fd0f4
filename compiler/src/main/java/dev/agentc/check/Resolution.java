package dev.agentc.check;

import dev.agentc.Parallel;
import dev.agentc.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A name in the source and what it resolved to: {@code use} is the name as written (one part of a
 * dotted name), {@code target} the name of the declaration, `let` or import it denotes, or the
 * whole file of a module. Editors read these for go to definition, references and rename.
 */
public record Resolution(Span use, Span target) {

  /**
   * What one worker resolved in one file, sorted by use, each use once (the first recorded). A name
   * resolved twice is recorded twice, which is cheaper than a map keyed by span on every lookup.
   */
  record Run(String file, List<Resolution> items) {}

  /** The runs of names one worker recorded, in file order. */
  static List<Run> runs(List<Resolution> recorded) {
    Map<String, List<Resolution>> byFile = new TreeMap<>();
    String file = null;
    List<Resolution> ofFile = null;
    for (Resolution r : recorded) {
      // a file's spans share its path: one look-up per change of file
      if (r.use().file() != file) {
        file = r.use().file();
        ofFile = byFile.computeIfAbsent(file, f -> new ArrayList<>());
      }
      ofFile.add(r);
    }
    List<Run> runs = new ArrayList<>(byFile.size());
    byFile.forEach((path, items) -> runs.add(new Run(path, byPosition(items))));
    return runs;
  }

  /**
   * The runs of every worker, given in the order the workers' names would have been resolved
   * one after another: sorted by file and position, each use once (the first of that order).
   */
  static List<Resolution> merge(List<List<Run>> ordered) {
    Map<String, List<Run>> byFile = new TreeMap<>();
    for (List<Run> runs : ordered) {
      for (Run run : runs) byFile.computeIfAbsent(run.file(), f -> new ArrayList<>()).add(run);
    }
    List<List<Resolution>> files = Parallel.map(List.copyOf(byFile.values()), Resolution::mergeFile);
    List<Resolution> out = new ArrayList<>(files.stream().mapToInt(List::size).sum());
    files.forEach(out::addAll);
    return List.copyOf(out);
  }

  /** One file's runs as one: a stable sort keeps the first of the same use in the given order. */
  private static List<Resolution> mergeFile(List<Run> runs) {
    if (runs.size() == 1) return runs.get(0).items();
    List<Resolution> all = new ArrayList<>();
    for (Run run : runs) all.addAll(run.items());
    return byPosition(all);
  }

  /** One file's names sorted by position, each use once (the first, as the sort is stable); in place. */
  private static List<Resolution> byPosition(List<Resolution> items) {
    items.sort(BY_POSITION);
    int kept = 0;
    for (Resolution r : items) {
      if (kept == 0 || !items.get(kept - 1).use().equals(r.use())) items.set(kept++, r);
    }
    return items.subList(0, kept);
  }

  private static final Comparator<Resolution> BY_POSITION = (a, b) -> {
    Span x = a.use();
    Span y = b.use();
    return x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(x.end(), y.end());
  };
}
