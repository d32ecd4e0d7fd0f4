package dev.agentc.load;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Suggest;
import dev.agentc.syntax.Import;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Module-level import checks: every imported module exists (E0201, with the closest name as a
 * suggestion) and user modules do not import each other in a cycle (E0202, one diagnostic per
 * strongly connected component, naming its shortest cycle through the alphabetically first
 * module). Which names an import selects, aliases and unused imports are the checker's business.
 */
final class Imports {
  private Imports() {}

  /**
   * @param modules the modules whose imports are checked, sorted by name, names unique
   * @param known every module name an import may refer to
   * @param cycles whether to look for import cycles among {@code modules}
   */
  static List<Diagnostic> resolve(List<Module> modules, Set<String> known, boolean cycles) {
    List<Diagnostic> out = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < modules.size(); i++) index.putIfAbsent(modules.get(i).name(), i);
    // edges[i]: first import of each module that module i imports, in source order
    List<List<Edge>> edges = new ArrayList<>();
    Collection<String> knownNames = known;
    for (Module m : modules) {
      Map<Integer, Edge> firstByTarget = new LinkedHashMap<>();
      for (Import imp : m.unit().imports()) {
        String target = imp.module().text();
        if (target.isEmpty() || imp.module().parts().stream().anyMatch(p -> p.text().isEmpty())) continue;
        if (!known.contains(target)) {
          Diagnostic.Builder b = Diagnostic.of(Code.E0201, imp.module().span(), target);
          Optional<String> near = Suggest.closest(target, knownNames);
          if (near.isPresent()) b.suggest(near.get());
          else b.hint(target.equals("std") || target.startsWith("std.")
              ? "the standard library has " + String.join(", ", stdNames(known))
              : "a module is named by its `module` clause, or else by its path below the project root");
          out.add(b.build());
          continue;
        }
        Integer t = index.get(target);
        if (t != null) firstByTarget.putIfAbsent(t, new Edge(t, imp));
      }
      edges.add(new ArrayList<>(firstByTarget.values()));
    }
    if (cycles) out.addAll(cycles(modules, edges));
    return out;
  }

  private static List<String> stdNames(Set<String> known) {
    return known.stream().filter(n -> n.startsWith("std.")).sorted().map(n -> "`" + n + "`").toList();
  }

  private record Edge(int to, Import imp) {}

  /** One E0202 per strongly connected component that contains a cycle. */
  private static List<Diagnostic> cycles(List<Module> modules, List<List<Edge>> edges) {
    int n = modules.size();
    int[] component = tarjan(n, edges);
    List<Diagnostic> out = new ArrayList<>();
    boolean[] reported = new boolean[n];
    // modules are sorted by name, so the first member met is the component's smallest name
    for (int start = 0; start < n; start++) {
      int c = component[start];
      if (reported[c]) continue;
      reported[c] = true;
      List<Edge> cycle = shortestCycle(start, c, component, edges);
      if (cycle.isEmpty()) continue;
      StringBuilder text = new StringBuilder(modules.get(start).name());
      for (Edge e : cycle) text.append(" → ").append(modules.get(e.to()).name());
      Diagnostic.Builder b = Diagnostic.of(Code.E0202, cycle.get(0).imp().module().span(), text.toString());
      int from = cycle.get(0).to();
      for (int i = 1; i < cycle.size(); i++) {
        Edge e = cycle.get(i);
        b.label(e.imp().module().span(), "`" + modules.get(from).name() + "` imports `" + modules.get(e.to()).name() + "` here");
        from = e.to();
      }
      b.hint(cycle.size() == 1
          ? "a module cannot import itself"
          : "move what these modules share into a module that none of them imports, or drop one of these imports");
      out.add(b.build());
    }
    return out;
  }

  /** Breadth-first search for the shortest cycle through {@code start} inside its component. */
  private static List<Edge> shortestCycle(int start, int comp, int[] component, List<List<Edge>> edges) {
    Map<Integer, Edge> via = new HashMap<>();
    Map<Integer, Integer> parent = new HashMap<>();
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    parent.put(start, -1);
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (Edge e : edges.get(u)) {
        if (component[e.to()] != comp) continue;
        if (e.to() == start) {
          List<Edge> path = new ArrayList<>();
          path.add(e);
          for (int v = u; v != start; v = parent.get(v)) path.add(via.get(v));
          java.util.Collections.reverse(path);
          return path;
        }
        if (parent.containsKey(e.to())) continue;
        parent.put(e.to(), u);
        via.put(e.to(), e);
        queue.add(e.to());
      }
    }
    return List.of();
  }

  /** Iterative Tarjan: the component number of each node. */
  private static int[] tarjan(int n, List<List<Edge>> edges) {
    int[] idx = new int[n];
    int[] low = new int[n];
    int[] comp = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(idx, -1);
    int[] stack = new int[n];
    int sp = 0;
    int[] callNode = new int[n];
    int[] callEdge = new int[n];
    int counter = 0;
    int comps = 0;
    for (int root = 0; root < n; root++) {
      if (idx[root] != -1) continue;
      int depth = 0;
      callNode[0] = root;
      callEdge[0] = 0;
      idx[root] = low[root] = counter++;
      stack[sp++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int v = callNode[depth];
        List<Edge> out = edges.get(v);
        if (callEdge[depth] < out.size()) {
          int w = out.get(callEdge[depth]++).to();
          if (idx[w] == -1) {
            idx[w] = low[w] = counter++;
            stack[sp++] = w;
            onStack[w] = true;
            depth++;
            callNode[depth] = w;
            callEdge[depth] = 0;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], idx[w]);
          }
        } else {
          if (low[v] == idx[v]) {
            int w;
            do {
              w = stack[--sp];
              onStack[w] = false;
              comp[w] = comps;
            } while (w != v);
            comps++;
          }
          depth--;
          if (depth >= 0) low[callNode[depth]] = Math.min(low[callNode[depth]], low[v]);
        }
      }
    }
    return comp;
  }
}
