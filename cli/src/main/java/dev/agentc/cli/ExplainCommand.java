package dev.agentc.cli;

import dev.agentc.diag.Code;
import dev.agentc.diag.Explanation;
import dev.agentc.diag.Explanations;
import dev.agentc.diag.Suggest;
import dev.agentc.diag.render.ExplanationRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code agentc explain [CODE]}: the long explanation of a diagnostic code, or the list of codes. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the long explanation of a diagnostic code, with an example and its fix.",
        "Without CODE, lists every code with its title. On a terminal the explanation is laid out; otherwise it is printed as Markdown."
    })
final class ExplainCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(index = "0", arity = "0..1", paramLabel = "CODE", description = "A code such as E0302 (or e0302, or 302).")
  String code;

  @Mixin ColorOption color;

  @Override
  public Integer call() {
    Io io = main.io;
    if (code == null) {
      for (Code c : Code.values()) io.out().println(c.name() + "  " + String.format("%-7s", c.severity().label()) + "  " + c.title());
      return Exit.OK;
    }
    Optional<Explanation> found = lookup(code).flatMap(Explanations::of);
    if (found.isEmpty()) {
      io.err().println("error: no diagnostic code `" + code + "`");
      List<String> near = nearest(code.strip().toUpperCase(Locale.ROOT));
      if (!near.isEmpty()) io.err().println("help: did you mean " + String.join(" or ", near.stream().map(n -> "`" + n + "`").toList()) + "?");
      io.err().println("note: run `agentc explain` to list every code");
      return Exit.USAGE;
    }
    boolean colour = io.color(color.mode);
    boolean laidOut = io.terminal() || color.mode == ColorMode.ALWAYS;
    io.out().print(laidOut ? new ExplanationRenderer(colour).render(found.get()) : found.get().markdown());
    return Exit.OK;
  }

  /** The code named by {@code text}: case does not matter, and bare digits mean the E-code (else the W-code) of that number. */
  static Optional<Code> lookup(String text) {
    String upper = text.strip().toUpperCase(Locale.ROOT);
    if (upper.matches("\\d{1,4}")) {
      String digits = "0".repeat(4 - upper.length()) + upper;
      return code("E" + digits).or(() -> code("W" + digits));
    }
    return code(upper);
  }

  private static Optional<Code> code(String name) {
    return Stream.of(Code.values()).filter(c -> c.name().equals(name)).findFirst();
  }

  /** The codes one edit away (at most three), else the closest one {@link Suggest} finds. */
  static List<String> nearest(String text) {
    List<String> names = Stream.of(Code.values()).map(Code::name).toList();
    List<String> close = names.stream().filter(n -> Suggest.levenshtein(text, n, 1) <= 1).limit(3).toList();
    return close.isEmpty() ? Suggest.closest(text, names).stream().toList() : close;
  }
}
