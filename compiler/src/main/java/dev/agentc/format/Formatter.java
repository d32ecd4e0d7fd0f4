package dev.agentc.format;

import dev.agentc.diag.Diagnostic;
import dev.agentc.source.SourceFile;
import dev.agentc.syntax.ParseResult;
import dev.agentc.syntax.Parser;
import dev.agentc.syntax.SourceUnit;
import java.util.List;

/**
 * The canonical layout of `.agent` source (`agentc fmt`). One layout, whatever the input looked
 * like, and formatting formatted text changes nothing. The rules:
 *
 * <ul>
 *   <li>The module clause, a blank line, the imports in source order (one blank line kept where
 *       the source had one), a blank line, then the declarations. An import written after a
 *       declaration stays where it is.
 *   <li>Declarations and `let`s are separated by one blank line, except that items printed on one
 *       line (`secret a`, `let x = 1`, `agent a from b { image = "…" }`) that were written on
 *       adjacent lines stay adjacent.
 *   <li>Two spaces per indent level; inside a block one member per line, `key = value`; `key =
 *       { … }` is written `key { … }`. Between members one blank line is kept where the source had
 *       at least one, never after `{` or before `}`. `;` and `,` separators are dropped.
 *   <li>As `terraform fmt` does, the `=` of consecutive lines that each set a key line up one column
 *       after the longest key, and the `//` comments that end consecutive lines of code line up
 *       one column after the longest code (see {@link Align}). Alignment may carry a line past
 *       {@value Out#WIDTH} columns: whether a value fits is decided before it.
 *   <li>A block stays on one line, `{ cpu = 1  memory = 1Gi }` (two spaces between members), when
 *       it was written on one line, holds no comment, fits within {@value Out#WIDTH} columns, and
 *       each member is `key = scalar`, `key = [scalars]` or a nested block obeying the same rule.
 *       Scalars are literals, references, ranges, strings without interpolation, `-x`, `N * x`
 *       and calls of scalars (`bearer(key)`, `rps(100)`).
 *       An empty block is `{}`.
 *   <li>A list or call goes on one line when it holds no comment and fits within
 *       {@value Out#WIDTH} columns; otherwise one item per line, each followed by a comma.
 *   <li>Strings are re-escaped with the fewest escapes (`\"`, `\\`, `\n`, `\t`, `\$` before `{`,
 *       <code>&#92;u{…}</code> for other control characters); raw strings are kept as written. Numbers keep their
 *       spelling (`1_000`), quantities too, with one space before a currency (`500 USD/month`).
 *       `N * x` has spaces around `*`; parentheses are written only where the grammar needs them.
 *   <li>Comments stay in the same order among the tokens: a comment that shared a line with the
 *       token before it stays at the end of that line, any other gets a line of its own. A line
 *       comment inside an expression continues the expression on the next line, indented once.
 * </ul>
 */
public final class Formatter {
  private Formatter() {}

  /** What {@link #formatSource} produced: the formatted text, or why the file was left alone. */
  public sealed interface Result {
    /** The file parsed; this is its canonical text. */
    record Formatted(String text) implements Result {}

    /** The file has syntax errors and was not formatted. */
    record Refused(List<Diagnostic> diagnostics) implements Result {
      public Refused {
        diagnostics = List.copyOf(diagnostics);
      }
    }
  }

  /** Formats a syntax tree that parsed without errors; comments are kept. */
  public static String format(SourceUnit unit) { return Align.of(new Printer(unit).print()); }

  /** Parses and formats a file, refusing one with syntax errors rather than guess at its meaning. */
  public static Result formatSource(SourceFile file) {
    ParseResult parsed = Parser.parse(file);
    if (parsed.hasErrors()) return new Result.Refused(parsed.diagnostics());
    return new Result.Formatted(format(parsed.unit()));
  }
}
