package dev.agentc.graph;

import dev.agentc.graph.Graph.Node;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Graph} as a Mermaid flowchart (left to right), for Markdown on GitHub and GitLab:
 * groups are subgraphs, and each kind of node has its own shape (stadium entry, hexagon router,
 * rectangle agent, rounded worker, subroutine model server, cylinder store, parallelogram
 * external host).
 */
public final class MermaidWriter {
  private MermaidWriter() {}

  public static String write(Graph g) {
    StringBuilder out = new StringBuilder();
    out.append("%% agentc graph: deploy ").append(g.deploy()).append('\n');
    out.append("flowchart LR\n");
    nodes(out, g, Optional.empty(), "  ");
    for (Graph.Group group : g.groups()) {
      out.append("  subgraph ").append(group.id()).append("[\"").append(escape(group.label())).append("\"]\n");
      nodes(out, g, Optional.of(group.id()), "    ");
      out.append("  end\n");
    }
    for (Graph.Edge e : g.edges()) {
      out.append("  ").append(e.from()).append(" -->|\"").append(escape(e.label())).append("\"| ").append(e.to()).append('\n');
    }
    return out.toString();
  }

  private static void nodes(StringBuilder out, Graph g, Optional<String> group, String indent) {
    List<Node> here = g.nodes().stream().filter(n -> n.group().equals(group)).toList();
    for (Node n : here) {
      String label = "\"" + escape(n.name()) + (n.detail().isEmpty() ? "" : "<br/>" + escape(n.detail())) + "\"";
      out.append(indent).append(n.id()).append(switch (n.kind()) {
        case ENTRY -> "([" + label + "])";
        case ROUTER -> "{{" + label + "}}";
        case AGENT -> "[" + label + "]";
        case WORKER -> "(" + label + ")";
        case MODEL_SERVER -> "[[" + label + "]]";
        case STORE -> "[(" + label + ")]";
        case EXTERNAL -> "[/" + label + "/]";
      }).append('\n');
    }
  }

  /** Mermaid's entity codes for what would end a quoted label or read as HTML. */
  private static String escape(String text) {
    return text.replace("#", "#35;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
  }
}
