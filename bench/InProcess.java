import dev.agentc.Compilation;
import dev.agentc.Compiler;
import dev.agentc.build.Build;
import dev.agentc.load.Project;
import dev.agentc.load.ProjectLoader;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.kubernetes.KubernetesTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What `agentc build --target kubernetes` costs once the JVM has warmed up: the same project
 * built ROUNDS times in one JVM, in memory (nothing is written). Prints the first round, which
 * pays for loading and compiling the code as a cold CLI run does, and the median of the second
 * half of the rounds, which runs compiled code. Run by bench/inprocess.sh with the CLI's class path:
 * java [JVM options] -cp CLASSPATH bench/InProcess.java PROJECT ROUNDS
 */
public final class InProcess {
  public static void main(String[] args) {
    Path project = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    long[][] rows = new long[rounds][];
    for (int r = 0; r < rounds; r++) rows[r] = round(project);
    System.out.printf("first round: front end %d ms, kubernetes %d ms, total %d ms%n", rows[0][0], rows[0][1], rows[0][0] + rows[0][1]);
    long[] front = column(rows, 0, rounds / 2);
    long[] emit = column(rows, 1, rounds / 2);
    long[] total = new long[front.length];
    for (int i = 0; i < total.length; i++) total[i] = front[i] + emit[i];
    System.out.printf("warm (median of the last %d rounds): front end %d ms, kubernetes %d ms, total %d ms%n",
        total.length, median(front), median(emit), median(total));
  }

  /** One build in milliseconds: the front end (load, check, plans, analyses), then the Kubernetes target. */
  private static long[] round(Path project) {
    long start = System.nanoTime();
    List<Compilation> compilations = new ArrayList<>();
    for (Project p : ProjectLoader.discover(project)) compilations.add(Compiler.check(p).plansOnly());
    long checked = System.nanoTime();
    Build.Result built = Build.run(compilations, List.of(new KubernetesTarget()),
        new Build.Request(Optional.empty(), Optional.of("kubernetes"), BuildOptions.DEFAULT, false));
    long end = System.nanoTime();
    if (built.hasErrors() || built.units().isEmpty()) throw new IllegalStateException("the project does not build: " + built.diagnostics());
    return new long[] {(checked - start) / 1_000_000, (end - checked) / 1_000_000};
  }

  private static long[] column(long[][] rows, int column, int from) {
    return Arrays.stream(rows, from, rows.length).mapToLong(row -> row[column]).toArray();
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
