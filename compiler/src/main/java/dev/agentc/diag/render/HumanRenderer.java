package dev.agentc.diag.render;

import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Fix;
import dev.agentc.diag.Label;
import dev.agentc.diag.Severity;
import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders diagnostics for people, in the layout of rustc:
 *
 * <pre>
 * error[E0302]: `agent` has no field `replicaz`
 *   --> support.agent:12:5
 *    |
 * 12 |     replicaz = 3
 *    |     ^^^^^^^^
 *    |
 *    = help: did you mean `replicas`?
 * help: replace with `replicas`
 *    |
 * 12 |     replicas = 3
 *    |     ~~~~~~~~
 * </pre>
 *
 * <p>{@code ^} marks the primary span, {@code -} secondary labels (with their message). A span
 * over several lines is shown by its first line, marked to the end of that line. Tabs are
 * expanded and wide characters counted twice (see {@link TextWidth}) so the marks line up.
 * A diagnostic whose file is not among the sources (a path that does not exist, say) gets its
 * location line only. Colour is ANSI, on request only: the caller decides (terminal, NO_COLOR,
 * {@code --color}).
 */
public final class HumanRenderer {
  private final Map<String, SourceFile> sources;
  private final Style style;

  /**
   * @param sources the source files by the path their spans carry
   * @param color whether to emit ANSI colour codes
   */
  public HumanRenderer(Map<String, SourceFile> sources, boolean color) {
    this.sources = Map.copyOf(sources);
    this.style = new Style(color);
  }

  /** Every diagnostic, in the given order, each followed by a blank line. */
  public String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) out.append(render(d)).append('\n');
    return out.toString();
  }

  /**
   * The closing line of a project's report, or the empty string when there is nothing to say:
   * {@code error: could not check `X` due to 2 previous errors; 1 warning emitted}.
   */
  public String summary(String project, long errors, long warnings) {
    if (errors > 0) {
      String text = "could not check `" + project + "` due to " + plural(errors, "previous error")
          + (warnings > 0 ? "; " + plural(warnings, "warning") + " emitted" : "");
      return style.level(Severity.ERROR, "error") + style.bold(": " + text) + "\n";
    }
    if (warnings > 0) {
      return style.level(Severity.WARNING, "warning") + style.bold(": `" + project + "` generated " + plural(warnings, "warning")) + "\n";
    }
    return "";
  }

  /**
   * rustc's closing pointer to the long explanations, for the codes of the errors shown (or the
   * empty string when there are none): {@code For more information about this error, try `agentc explain E0302`.}
   */
  public String explainHint(List<Diagnostic> diagnostics) {
    List<String> codes = diagnostics.stream().filter(Diagnostic::isError).map(d -> d.code().name()).distinct().sorted().toList();
    if (codes.isEmpty()) return "";
    if (codes.size() == 1) return style.bold("For more information about this error, try `agentc explain " + codes.getFirst() + "`.") + "\n";
    return style.bold("Some errors have detailed explanations: " + String.join(", ", codes) + ".") + "\n"
        + style.bold("For more information about an error, try `agentc explain " + codes.getFirst() + "`.") + "\n";
  }

  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** One diagnostic, ending with a line break. */
  public String render(Diagnostic d) {
    StringBuilder out = new StringBuilder();
    String level = d.severity().label() + "[" + d.code().name() + "]";
    out.append(style.level(d.severity(), level)).append(style.bold(": " + indentRest(d.message(), level.length() + 2))).append('\n');

    Span primary = d.span();
    SourceFile primaryFile = primary.isNone() ? null : sources.get(primary.file());

    // Group what will be shown by file: the primary file first, then other files in label order.
    Map<String, List<Mark>> groups = new LinkedHashMap<>();
    List<Label> unshown = new ArrayList<>();
    if (primaryFile != null) groups.computeIfAbsent(primary.file(), f -> new ArrayList<>()).add(Mark.of(primaryFile, primary, true, "", d.severity()));
    for (Label l : d.labels()) {
      SourceFile f = l.span().isNone() ? null : sources.get(l.span().file());
      if (f == null) unshown.add(l);
      else groups.computeIfAbsent(l.span().file(), k -> new ArrayList<>()).add(Mark.of(f, l.span(), false, l.message(), d.severity()));
    }
    List<Suggestion> suggestions = d.fix().map(this::suggestions).orElse(List.of());

    int maxLine = 1;
    for (List<Mark> marks : groups.values()) for (Mark m : marks) maxLine = Math.max(maxLine, m.line);
    for (Suggestion s : suggestions) maxLine = Math.max(maxLine, s.line);
    int w = String.valueOf(maxLine).length();
    String pad = " ".repeat(w);

    if (!primary.isNone()) {
      out.append(pad).append(style.accent("-->")).append(' ').append(location(primary, primaryFile)).append('\n');
    }
    boolean snippet = false;
    for (Map.Entry<String, List<Mark>> g : groups.entrySet()) {
      if (!g.getKey().equals(primary.file()) || primaryFile == null) {
        Mark first = g.getValue().getFirst();
        out.append(pad).append(style.accent(":::")).append(' ').append(g.getKey()).append(':').append(first.line).append(':').append(first.startCol).append('\n');
      }
      snippet(out, sources.get(g.getKey()), g.getValue(), w);
      snippet = true;
    }
    boolean notes = !unshown.isEmpty() || d.hint().isPresent();
    if (snippet && notes) out.append(pad).append(' ').append(style.accent("|")).append('\n');
    for (Label l : unshown) {
      String where = l.span().isNone() ? "" : " (" + location(l.span(), null) + ")";
      note(out, pad, "note", l.message() + where);
    }
    d.hint().ifPresent(h -> note(out, pad, "help", h));
    d.fix().ifPresent(f -> fix(out, f, suggestions, w, primary.file()));
    return out.toString();
  }

  private void note(StringBuilder out, String pad, String kind, String text) {
    String head = "= " + kind + ": ";
    out.append(pad).append(' ').append(style.accent("=")).append(' ').append(style.bold(kind + ":")).append(' ')
        .append(indentRest(text, w(pad) + 1 + head.length())).append('\n');
  }

  private static int w(String pad) { return pad.length(); }

  /** Continuation lines of a multi-line text, indented to line up under its first line. */
  private static String indentRest(String text, int indent) {
    return text.replace("\r\n", "\n").replace("\n", "\n" + " ".repeat(indent));
  }

  /** {@code file:line:col}, or only the file when it was not read and the span says nothing more. */
  private static String location(Span s, SourceFile file) {
    if (file == null && s.start() == 0 && s.end() == 0 && s.line() == 1 && s.column() == 1) return s.file();
    return s.file() + ":" + s.line() + ":" + s.column();
  }

  private void snippet(StringBuilder out, SourceFile file, List<Mark> marks, int w) {
    String pad = " ".repeat(w);
    String bar = style.accent("|");
    out.append(pad).append(' ').append(bar).append('\n');
    TreeSet<Integer> lines = new TreeSet<>();
    for (Mark m : marks) lines.add(m.line);
    int prev = -1;
    for (int line : lines) {
      if (prev != -1 && line == prev + 2) sourceLine(out, file, prev + 1, w);
      else if (prev != -1 && line > prev + 2) out.append(style.accent("...")).append('\n');
      int[] cps = sourceLine(out, file, line, w);
      List<Mark> here = marks.stream().filter(m -> m.line == line)
          .sorted(Comparator.comparingInt((Mark m) -> m.startCol).thenComparing(m -> !m.primary)).toList();
      for (Mark m : here) {
        int from = TextWidth.columnAt(cps, m.startCol - 1);
        int to = TextWidth.columnAt(cps, m.endCol - 1);
        String run = String.valueOf(m.primary ? '^' : '-').repeat(Math.max(1, to - from));
        String text = m.message.isEmpty() ? run : run + " " + indentRest(m.message, w + 3 + from + run.length() + 1);
        out.append(pad).append(' ').append(bar).append(' ').append(" ".repeat(from))
            .append(m.primary ? style.level(m.severityHint, text) : style.accent(text)).append('\n');
      }
      prev = line;
    }
  }

  /** Writes {@code N | text} and returns the line's code points. */
  private int[] sourceLine(StringBuilder out, SourceFile file, int line, int w) {
    int[] cps = file.lineText(line).codePoints().toArray();
    String shown = TextWidth.expand(cps).stripTrailing();
    out.append(style.accent(String.format("%" + w + "d |", line)));
    if (!shown.isEmpty()) out.append(' ').append(shown);
    out.append('\n');
    return cps;
  }

  // ---- fixes

  /** A fix edit that can be shown as the edited line. */
  private record Suggestion(String file, int line, String before, String inserted, int removedWidth, int[] lineCps, int endCol) {}

  /** The edits of a fix as edited lines, or none when any edit cannot be shown on one line. */
  private List<Suggestion> suggestions(Fix fix) {
    List<Suggestion> out = new ArrayList<>();
    for (Fix.Edit e : fix.edits()) {
      Span s = e.span();
      SourceFile file = s.isNone() ? null : sources.get(s.file());
      if (file == null || s.endLine() != s.line() || e.replacement().contains("\n") || s.line() > file.lineCount()) return List.of();
      int[] cps = file.lineText(s.line()).codePoints().toArray();
      if (s.column() - 1 > cps.length || s.endColumn() - 1 > cps.length) return List.of();
      String before = new String(cps, 0, s.column() - 1);
      out.add(new Suggestion(s.file(), s.line(), before, e.replacement(), s.endColumn() - s.column(), cps, s.endColumn()));
    }
    if (out.stream().map(x -> x.file + ":" + x.line).distinct().count() != out.size()) return List.of();
    return out;
  }

  private void fix(StringBuilder out, Fix fix, List<Suggestion> suggestions, int w, String primaryFile) {
    out.append(style.help("help")).append(style.bold(": " + fix.title())).append('\n');
    if (suggestions.isEmpty()) return;
    String pad = " ".repeat(w);
    String bar = style.accent("|");
    String shownFile = null;
    List<Suggestion> sorted = suggestions.stream()
        .sorted(Comparator.comparing(Suggestion::file).thenComparingInt(Suggestion::line)).toList();
    for (Suggestion s : sorted) {
      if (!s.file.equals(shownFile)) {
        if (!s.file.equals(primaryFile)) {
          out.append(pad).append(style.accent(":::")).append(' ').append(s.file).append(':').append(s.line).append('\n');
        }
        out.append(pad).append(' ').append(bar).append('\n');
        shownFile = s.file;
      }
      int[] cps = s.lineCps;
      String after = new String(cps, s.endCol - 1, cps.length - (s.endCol - 1));
      boolean deletion = s.inserted.isEmpty();
      String edited = deletion ? new String(cps, 0, cps.length) : s.before + s.inserted + after;
      int[] editedCps = edited.codePoints().toArray();
      int prefix = s.before.codePointCount(0, s.before.length());
      int from = TextWidth.columnAt(editedCps, prefix);
      int to = deletion ? TextWidth.columnAt(editedCps, prefix + s.removedWidth)
          : TextWidth.columnAt(editedCps, prefix + s.inserted.codePointCount(0, s.inserted.length()));
      char mark = deletion ? '-' : s.removedWidth == 0 ? '+' : '~';
      String shown = TextWidth.expand(editedCps).stripTrailing();
      out.append(style.accent(String.format("%" + w + "d |", s.line)));
      if (!shown.isEmpty()) out.append(' ').append(shown);
      out.append('\n');
      out.append(pad).append(' ').append(bar).append(' ').append(" ".repeat(from))
          .append(style.help(String.valueOf(mark).repeat(Math.max(1, to - from)))).append('\n');
    }
  }

  // ---- marks

  /** One underlined run on one line; columns are 1-based code points, {@code endCol} exclusive. */
  private record Mark(int line, int startCol, int endCol, boolean primary, String message, Severity severityHint) {
    static Mark of(SourceFile file, Span s, boolean primary, String message, Severity severity) {
      int line = Math.max(1, Math.min(s.line(), file.lineCount()));
      int length = file.lineText(line).codePointCount(0, file.lineText(line).length());
      int start = Math.max(1, s.line() > file.lineCount() ? length + 1 : s.column());
      int end = s.endLine() > s.line() ? Math.max(length + 1, start + 1) : s.endColumn();
      if (end <= start) end = start + 1;
      return new Mark(line, start, end, primary, message == null ? "" : message, severity);
    }
  }
}
