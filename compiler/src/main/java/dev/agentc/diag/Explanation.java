package dev.agentc.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The long explanation of a diagnostic code, as {@code agentc explain CODE} prints it: a small
 * Markdown document (a {@code #} title, paragraphs, {@code ##} sections, fenced code blocks) read
 * by {@link Explanations}.
 *
 * @param markdown the document as written
 */
public record Explanation(Code code, String markdown) {

  /** One piece of the document, in order. */
  public sealed interface Block {}

  /** {@code # text} ({@code level} 1) or {@code ## text} (level 2). */
  public record Heading(int level, String text) implements Block {}

  /** Consecutive non-blank lines, joined by line breaks. */
  public record Paragraph(String text) implements Block {}

  /**
   * A fenced code block. {@code info} is what follows the opening fence: {@code agent}, or
   * {@code agent,ignore} for an example that cannot be shown in source files alone.
   */
  public record CodeBlock(String info, String text) implements Block {
    public boolean ignored() { return List.of(info.split(",")).contains("ignore"); }
  }

  /** The document as blocks; an unclosed fence runs to the end. */
  public List<Block> blocks() {
    List<Block> out = new ArrayList<>();
    List<String> lines = markdown.lines().toList();
    StringBuilder paragraph = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean fence = line.startsWith("```");
      boolean heading = line.startsWith("# ") || line.startsWith("## ");
      if (line.isBlank() || fence || heading) flush(paragraph, out);
      if (fence) {
        StringBuilder code = new StringBuilder();
        while (++i < lines.size() && !lines.get(i).startsWith("```")) code.append(lines.get(i)).append('\n');
        out.add(new CodeBlock(line.substring(3).strip(), code.toString()));
      } else if (heading) {
        int level = line.startsWith("## ") ? 2 : 1;
        out.add(new Heading(level, line.substring(level + 1).strip()));
      } else if (!line.isBlank()) {
        if (!paragraph.isEmpty()) paragraph.append('\n');
        paragraph.append(line);
      }
    }
    flush(paragraph, out);
    return out;
  }

  private static void flush(StringBuilder paragraph, List<Block> out) {
    if (paragraph.isEmpty()) return;
    out.add(new Paragraph(paragraph.toString()));
    paragraph.setLength(0);
  }

  /** The first code block of the {@code ## name} section ({@code Example}, {@code Fix}). */
  public Optional<CodeBlock> codeOf(String section) {
    boolean inside = false;
    for (Block b : blocks()) {
      if (b instanceof Heading h) inside = h.level() == 2 && h.text().equals(section);
      else if (inside && b instanceof CodeBlock c) return Optional.of(c);
    }
    return Optional.empty();
  }
}
