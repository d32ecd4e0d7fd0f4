package dev.agentc.lsp;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;

/**
 * Benchmark, not a test (run by bench/lsp.sh): a generated project of 50 files, one of them
 * 5,000 lines; prints the time from didChange to publishDiagnostics (for edits that keep the file
 * valid, and for typing where every other edit leaves a syntax error), and completion and hover
 * latency (p50/p95 over 200 requests each), and the resident memory of the process.
 */
public final class LspBenchmark {
  static final int FILES = 50;
  static final int BIG_AGENTS = 263; // 19 lines each: 5,000 lines
  static final int RUNS = 200;
  static final int WARMUP = 50;

  public static void main(String[] args) throws Exception {
    Path root = Files.createTempDirectory("agentc-lsp-bench");
    Files.writeString(root.resolve("agent.project"), "");
    Files.writeString(root.resolve("common.agent"), common());
    for (int f = 1; f < FILES - 1; f++) Files.writeString(root.resolve("team" + f + ".agent"), team(f));
    String big = big();
    Path bigFile = root.resolve("big.agent");
    Files.writeString(bigFile, big);
    System.out.printf("project: %d files, big.agent %d lines%n", FILES, big.split("\n").length);

    try (Harness h = new Harness()) {
      h.initialize();
      String uri = h.open(bigFile, big);
      PublishDiagnosticsParams first = h.client.next(uri);
      System.out.printf("diagnostics of big.agent: %d (errors: %d)%n", first.getDiagnostics().size(), DiagnosticsTest.errors(first).size());

      // an edit of one field value in the middle of the big file
      Position port = Harness.find(big, "agent a" + BIG_AGENTS / 2 + " ", "port    = 8000", 10);
      Range portValue = new Range(port, new Position(port.getLine(), port.getCharacter() + 4));
      Usage before = Usage.now();
      long[] diagnostics = edits(h, uri, i -> h.edit(uri, portValue, Integer.toString(8000 + Math.floorMod(i, 1000))));
      Usage changes = Usage.now().minus(before);
      // typing: every other edit deletes the value, leaving a syntax error; the next types it again
      Range portStart = new Range(port, port);
      long[] typing = edits(h, uri, i -> {
        if (Math.floorMod(i, 2) == 0) h.edit(uri, portValue, "");
        else h.edit(uri, portStart, "8000");
      });
      Position value = Harness.find(big, "model   = m3", 10);
      long[] completion = time(() -> h.remote.getTextDocumentService().completion(new CompletionParams(Harness.doc(uri), value)).get(20, SECONDS));
      Position key = Harness.find(big, "replicas = 1..4", 2);
      long[] hover = time(() -> h.remote.getTextDocumentService().hover(new HoverParams(Harness.doc(uri), key)).get(20, SECONDS));
      report("didChange -> publishDiagnostics", diagnostics);
      report("  every other edit breaks syntax", typing);
      int edits = WARMUP + RUNS;
      System.out.printf("  per change: %.1f MB allocated, %.1f ms CPU of the process (%.1f ms of its Java threads); GC over %d changes: %d collections, %d ms%n",
          changes.allocated / 1e6 / edits, changes.processCpu / 1e6 / edits, changes.cpu / 1e6 / edits, edits, changes.collections, changes.gcMillis);
      report("completion", completion);
      report("hover", hover);
      Runtime rt = Runtime.getRuntime();
      System.gc();
      System.out.printf("resident memory: %s; Java heap used after GC: %d MiB%n", rss(), (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
  }

  interface Request { Object run() throws Exception; }

  /** The time from each of {@link #WARMUP} + {@link #RUNS} edits to the big file's diagnostics (warm-up edits not kept). */
  private static long[] edits(Harness h, String uri, java.util.function.IntConsumer edit) throws Exception {
    long[] out = new long[RUNS];
    for (int i = -WARMUP; i < RUNS; i++) {
      long start = System.nanoTime();
      edit.accept(i);
      h.client.next(uri);
      if (i >= 0) out[i] = System.nanoTime() - start;
    }
    return out;
  }

  /** Figures of the whole process (client included) that depend less on the machine's load than wall time does. */
  private record Usage(long allocated, long cpu, long processCpu, long collections, long gcMillis) {
    static Usage now() {
      var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long[] ids = threads.getAllThreadIds();
      long allocated = 0;
      for (long bytes : threads.getThreadAllocatedBytes(ids)) allocated += Math.max(0, bytes);
      long cpu = 0;
      for (long nanos : threads.getThreadCpuTime(ids)) cpu += Math.max(0, nanos);
      long collections = 0;
      long gcMillis = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        collections += Math.max(0, gc.getCollectionCount());
        gcMillis += Math.max(0, gc.getCollectionTime());
      }
      long processCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
      return new Usage(allocated, cpu, processCpu, collections, gcMillis);
    }

    Usage minus(Usage o) { return new Usage(allocated - o.allocated, cpu - o.cpu, processCpu - o.processCpu, collections - o.collections, gcMillis - o.gcMillis); }
  }

  private static long[] time(Request r) throws Exception {
    long[] out = new long[RUNS];
    for (int i = -WARMUP; i < RUNS; i++) {
      long start = System.nanoTime();
      if (r.run() == null) throw new AssertionError("no answer");
      if (i >= 0) out[i] = System.nanoTime() - start;
    }
    return out;
  }

  private static void report(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf("%-32s p50 %6.1f ms   p95 %6.1f ms   (%d runs)%n", what,
        sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted.length);
  }

  private static String rss() throws Exception {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) return "unknown (no /proc)";
    return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:")).map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
  }

  private static String common() {
    StringBuilder b = new StringBuilder("module common\n\nimport std.gpu.{L4}\n\nsecret api_key\n\n");
    for (int m = 0; m < 10; m++) {
      b.append("/// Model ").append(m).append(".\nmodel m").append(m).append(" {\n  weights = \"hf://org/m").append(m)
          .append("\"\n  params  = 8B\n  serve { gpu = 1 * L4 }\n}\n\n");
    }
    for (int t = 0; t < 5; t++) {
      b.append("tool t").append(t).append(" {\n  url  = \"https://t").append(t).append(".example\"\n  auth = bearer(api_key)\n}\n\n");
    }
    b.append("abstract agent base {\n  health = \"/health\"\n  resources { cpu = 1  memory = 1Gi }\n}\n");
    return b.toString();
  }

  private static String team(int f) {
    StringBuilder b = new StringBuilder("module team").append(f).append("\n\nimport common.{base, m1, t1}\n\n");
    for (int a = 0; a < 5; a++) {
      b.append("agent team").append(f).append("_a").append(a).append(" from base {\n  image = \"ghcr.io/acme/team").append(f)
          .append("-").append(a).append(":1.0\"\n  model = m1\n  tools = [t1]\n}\n\n");
    }
    return b.toString();
  }

  private static String big() {
    StringBuilder b = new StringBuilder("module big\n\nimport common.{base, m0, m1, m2, m3, t0, t1}\n\n");
    List<String> names = new ArrayList<>();
    for (int a = 0; a < BIG_AGENTS; a++) {
      String name = "a" + a;
      names.add(name);
      b.append("/// Agent ").append(a).append(" of the big file.\n")
          .append("agent ").append(name).append(" from base {\n")
          .append("  image   = \"ghcr.io/acme/a").append(a).append(":1.0\"\n")
          .append("  model   = m").append(a % 4).append('\n')
          .append("  tools   = [t").append(a % 2).append("]\n")
          .append("  port    = 8000\n")
          .append("  timeout = 30s\n")
          .append("  resources { cpu = 1  memory = 2Gi }\n")
          .append("  scale {\n")
          .append("    replicas = 1..4\n")
          .append("    on       = [cpu(70%)]\n")
          .append("    cooldown = 5m\n")
          .append("  }\n")
          .append("  rollout { strategy = canary  steps = [10%, 50%]  pause = 10m }\n")
          .append("  rate_limit { requests = 100/min  burst = 20 }\n")
          .append("  budget { monthly = 500 USD/month }\n")
          .append("  session = sticky\n")
          .append("}\n\n");
    }
    b.setLength(b.length() - 1);
    b.append("deploy prod {\n  agents = [").append(String.join(", ", names.subList(0, 20))).append("]\n  compose {}\n}\n");
    return b.toString();
  }
}
