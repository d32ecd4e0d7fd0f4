package dev.agentc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void resultsKeepTheOrderOfTheItemsWhateverFinishesFirst() {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    // early items take longest, so later ones finish first on any other thread
    List<String> out = Parallel.map(items, i -> {
      long spin = (200 - i) * 2_000L;
      long x = 0;
      for (long k = 0; k < spin; k++) x += k ^ i;
      return i + ":" + (x >= 0);
    });
    assertEquals(items.stream().map(i -> i + ":true").toList(), out);
  }

  @Test
  void everyItemIsMappedExactlyOnce() {
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();
    Parallel.map(items, seen::add).forEach(added -> assertTrue(added));
    assertEquals(1000, seen.size());
  }

  @Test
  void anEmptyOrSingleListNeedsNoHelper() {
    assertEquals(List.of(), Parallel.map(List.<Integer>of(), i -> i + 1));
    assertEquals(List.of(2), Parallel.map(List.of(1), i -> i + 1));
  }

  @Test
  void aFailureOfTheFunctionReachesTheCaller() {
    List<Integer> items = IntStream.range(0, 50).boxed().toList();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.map(items, i -> {
      if (i == 37) throw new IllegalStateException("item 37");
      return i;
    }));
    assertTrue(e.getMessage().contains("item 37"), e.getMessage());
  }

  @Test
  void theResultIsReadOnly() {
    List<Integer> out = Parallel.map(List.of(1, 2, 3), i -> i);
    assertThrows(UnsupportedOperationException.class, () -> out.set(0, 9));
  }

  @Test
  void aPoolWithoutWorkersStillFinishes() throws Exception {
    // a parallelism of 0 gives the common pool no threads: a task only a worker would run never ends
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0",
        "-cp", System.getProperty("java.class.path"), WithoutWorkers.class.getName()).redirectErrorStream(true).start();
    boolean ended = p.waitFor(60, TimeUnit.SECONDS);
    if (!ended) p.destroyForcibly();
    assertTrue(ended, "Parallel.map never returned in a pool without workers");
    assertEquals("[2, 3, 4]", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
  }

  /** Run in a JVM of its own by {@link #aPoolWithoutWorkersStillFinishes}. */
  static final class WithoutWorkers {
    public static void main(String[] args) {
      System.out.println(Parallel.map(List.of(1, 2, 3), i -> i + 1));
    }
  }
}
