package dev.agentc.graph;

import dev.agentc.graph.Graph.Node;
import java.util.Optional;

/**
 * A {@link Graph} in Graphviz's DOT language (left to right): groups are {@code cluster_}
 * subgraphs, and each kind of node has its own shape. {@code dot -Tsvg} renders it.
 */
public final class DotWriter {
  private DotWriter() {}

  public static String write(Graph g) {
    StringBuilder out = new StringBuilder();
    out.append("// agentc graph: deploy ").append(g.deploy()).append('\n');
    out.append("digraph ").append(quote(g.deploy())).append(" {\n");
    out.append("  rankdir=LR;\n");
    out.append("  graph [fontname=\"Helvetica\", fontsize=12];\n");
    out.append("  node [fontname=\"Helvetica\", fontsize=11];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    nodes(out, g, Optional.empty(), "  ");
    for (Graph.Group group : g.groups()) {
      out.append("  subgraph ").append(quote("cluster_" + group.id())).append(" {\n");
      out.append("    label=").append(quote(group.label())).append(";\n");
      out.append("    style=rounded;\n");
      nodes(out, g, Optional.of(group.id()), "    ");
      out.append("  }\n");
    }
    for (Graph.Edge e : g.edges()) {
      out.append("  ").append(quote(e.from())).append(" -> ").append(quote(e.to())).append(" [label=").append(quote(e.label())).append("];\n");
    }
    out.append("}\n");
    return out.toString();
  }

  private static void nodes(StringBuilder out, Graph g, Optional<String> group, String indent) {
    for (Node n : g.nodes()) {
      if (!n.group().equals(group)) continue;
      String label = quote(n.detail().isEmpty() ? n.name() : n.name() + "\n" + n.detail());
      out.append(indent).append(quote(n.id())).append(" [shape=").append(switch (n.kind()) {
        case ENTRY -> "oval";
        case ROUTER -> "hexagon";
        case AGENT -> "box";
        case WORKER -> "box, style=rounded";
        case MODEL_SERVER -> "box3d";
        case STORE -> "cylinder";
        case EXTERNAL -> "parallelogram";
      }).append(", label=").append(label).append("];\n");
    }
  }

  /** A DOT double-quoted string; a line break becomes DOT's centred {@code \\n}. */
  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
