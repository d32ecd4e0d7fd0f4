package dev.agentc.diag.render;

import dev.agentc.diag.Explanation;

/**
 * An explanation for a terminal: headings in bold, code blocks indented by four spaces without
 * their fences, paragraphs as written. Without colour the layout is the same, with no ANSI codes.
 */
public final class ExplanationRenderer {
  private static final String INDENT = "    ";

  private final Style style;

  public ExplanationRenderer(boolean color) { this.style = new Style(color); }

  public String render(Explanation explanation) {
    StringBuilder out = new StringBuilder();
    for (Explanation.Block block : explanation.blocks()) {
      if (!out.isEmpty()) out.append('\n');
      switch (block) {
        case Explanation.Heading h -> out.append(style.bold(h.text())).append('\n');
        case Explanation.Paragraph p -> out.append(p.text()).append('\n');
        case Explanation.CodeBlock c -> c.text().lines().forEach(l -> out.append(l.isEmpty() ? "" : INDENT + l).append('\n'));
      }
    }
    return out.toString();
  }
}
