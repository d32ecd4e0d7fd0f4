package dev.agentc.lsp;

import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.build.Build;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.load.Project;
import dev.agentc.load.ProjectLoader;
import dev.agentc.source.SourceFile;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Checks projects on one background thread. An edit queues its project's check, which starts as
 * soon as the thread is free: the edits that arrive until it starts share it, and a result that an
 * edit made stale before it was finished is not published (the next check will be), so a burst of
 * edits is published once without waiting a fixed quiet period first. A request that needs the
 * current state runs the check at once. Only the changed file is parsed again ({@link ParseCache});
 * the whole project is checked again, so every file an edit affects gets fresh diagnostics.
 */
final class Analyzer implements AutoCloseable {
  private final Documents documents;
  private final StdSources std;
  private final Consumer<Snapshot> published;
  private final List<Target> targets;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "agentc-analyzer");
    t.setDaemon(true);
    return t;
  });
  /** The projects whose check is queued but not started: an edit to one of them joins that check. */
  private final Set<Path> queued = ConcurrentHashMap.newKeySet();
  private final ConcurrentMap<Path, Snapshot> latest = new ConcurrentHashMap<>();
  private final ConcurrentMap<Path, ParseCache> parses = new ConcurrentHashMap<>();
  /** Counts the changes of each project: a snapshot of an older count is stale. */
  private final ConcurrentMap<Path, Long> generations = new ConcurrentHashMap<>();

  /** @param targets the targets whose checks join the compiler's diagnostics, as in `agentc check` */
  Analyzer(Documents documents, StdSources std, Consumer<Snapshot> published, List<Target> targets) {
    this.documents = documents;
    this.std = std;
    this.published = published;
    this.targets = List.copyOf(targets);
  }

  /** The root of the project a file belongs to. */
  static Path rootOf(Path file) { return ProjectLoader.rootOf(file); }

  /** Queues a check of the project, unless one is queued already and will see this change. */
  void changed(Path root) {
    generations.merge(root, 1L, Long::sum);
    if (queued.add(root)) {
      thread.execute(() -> {
        queued.remove(root);
        publish(root);
      });
    }
  }

  /** Files changed on disk: every project seen so far is checked again. */
  void changedOnDisk() { latest.keySet().forEach(this::changed); }

  /** The project checked against the open documents as they are now. */
  Snapshot current(Path root) {
    Snapshot s = latest.get(root);
    if (s != null && s.generation() == generation(root)) return s;
    try {
      return thread.submit(() -> fresh(root)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking " + root, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("checking " + root + " failed: " + e.getCause(), e.getCause());
    }
  }

  /** The project as last checked, even if edits since have not been checked yet; checked now if it never was. */
  Snapshot latest(Path root) {
    Snapshot s = latest.get(root);
    return s != null ? s : current(root);
  }

  /** Every project checked so far, as last checked. */
  List<Snapshot> all() { return new ArrayList<>(new TreeMap<>(latest).values()); }

  private void publish(Path root) {
    try {
      Snapshot s = fresh(root);
      if (s.generation() == generation(root)) published.accept(s);
    } catch (RuntimeException | StackOverflowError e) {
      Log.error("checking " + root + " failed", e);
    }
  }

  /** Runs on the analyser thread only. */
  private Snapshot fresh(Path root) {
    long generation = generation(root);
    Snapshot s = latest.get(root);
    if (s != null && s.generation() == generation) return s;
    Map<Path, String> texts = documents.texts().entrySet().stream()
        .filter(e -> e.getKey().startsWith(root) && !std.owns(e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    ParseCache cache = parses.computeIfAbsent(root, r -> new ParseCache());
    Project project = ProjectLoader.load(root, texts, cache::parse);
    Compilation c = Compiler.check(project);
    cache.retain(project.sources().keySet());
    List<Diagnostic> diagnostics = new ArrayList<>(c.diagnostics());
    // what the deploys' targets would report too, as `agentc check` does
    diagnostics.addAll(Build.check(c, targets, BuildOptions.DEFAULT));
    Snapshot snapshot = new Snapshot(root, c, Diagnostics.sort(diagnostics), generation, std);
    latest.put(root, snapshot);
    return snapshot;
  }

  private long generation(Path root) { return generations.getOrDefault(root, 0L); }

  /** A source file of the project, as last checked, for positions in the file. */
  static SourceFile sourceOf(Snapshot s, Path path) {
    return s.file(s.shown(path)).orElseThrow(() -> Documents.invalid("`" + path + "` is not a source file of the project at `" + s.root() + "`"));
  }

  @Override
  public void close() { thread.shutdownNow(); }
}
