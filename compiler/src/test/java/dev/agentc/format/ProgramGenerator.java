package dev.agentc.format;

import dev.agentc.syntax.Parser;
import java.util.List;
import java.util.Random;

/**
 * Random, syntactically valid `.agent` programs from a seed, written with random layout: odd
 * spacing, `;` and `,` separators, one-line and multi-line blocks, and comments of every kind
 * between tokens. Same seed, same program.
 */
final class ProgramGenerator {
  // No name starts with USD or EUR: after a number and a space it would lex as money.
  private static final List<String> NAMES =
      List.of("a", "b", "cpu", "memory", "gpu", "x1", "_y", "llama3_8b", "eu_west", "Name2", "replicas", "long_field_name_for_width");
  private static final List<String> KEYWORD_KEYS = List.of("from", "as", "module", "import", "let", "abstract");
  private static final List<String> KINDS = List.of("agent", "model", "tool", "store", "secret", "deploy", "swarm", "policy", "gpu");
  private static final List<String> UNITS =
      List.of("Ki", "Mi", "Gi", "Ti", "KB", "MB", "GB", "TB", "ms", "s", "m", "h", "d", "K", "M", "B", "%");
  private static final List<String> RATES = List.of("s", "min", "h", "month");
  private static final List<String> NUMBERS = List.of("0", "1", "42", "0.5", "1_000", "8", "100", "12.25");
  private static final List<String> STRING_PIECES =
      List.of("abc", " ", "hf://meta/x", "\\\"", "\\\\", "\\n", "\\t", "\\u{1F600}", "\\u{e9}", "\\$", "$", "$x", "é", "😀", "\\${no}");
  private static final List<String> RAW_PIECES = List.of("line", "\n", "  indented\n", "\"q\" ", "back\\slash", "$", "$x", "é😀");

  /**
   * Whether the lexer reads a closed block comment. While the grammar's UNTERMINATED_COMMENT rule
   * out-matches BLOCK_COMMENT (every `/* … *&#47;` followed by more text is "never closed"), the
   * generator leaves block comments out instead of producing programs that cannot parse.
   */
  static final boolean BLOCK_COMMENTS_LEX = !Parser.parse("probe.agent", "/* c */ secret a\n").hasErrors();

  private final Random random;
  private final StringBuilder out = new StringBuilder();

  private ProgramGenerator(long seed) { this.random = new Random(seed); }

  static String generate(long seed) {
    ProgramGenerator g = new ProgramGenerator(seed);
    g.program();
    return g.out.toString();
  }

  private void program() {
    if (chance(4)) comment(true);
    if (chance(2)) {
      out.append("module ");
      qualified();
      item();
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      importDecl();
      item();
    }
    for (int i = random.nextInt(6); i > 0; i--) {
      if (chance(5)) out.append(";");
      topLevel();
      item();
    }
    if (chance(4)) comment(true);
  }

  /** The break after a top-level entry: a newline, maybe a blank line or a comment. */
  private void item() {
    out.append(pick("\n", "\n", "\n\n", "\n\n\n", " ;\n", "\n  "));
    if (chance(5)) comment(true);
  }

  private void importDecl() {
    out.append("import");
    gap();
    qualified();
    switch (random.nextInt(3)) {
      case 0 -> {}
      case 1 -> {
        out.append(" as");
        gap();
        out.append(name());
      }
      default -> {
        out.append(".{");
        gap();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
          if (i > 0) out.append(",");
          gap();
          out.append(name());
        }
        if (chance(3)) out.append(",");
        gap();
        out.append("}");
      }
    }
  }

  private void topLevel() {
    if (chance(4)) out.append("/// ").append(pick("A doc.", "Doc with `code`.", "")).append('\n');
    if (chance(4)) {
      out.append("let");
      gap();
      out.append(name());
      gap();
      out.append("=");
      gap();
      expr(0);
      return;
    }
    if (chance(4)) out.append("abstract ");
    out.append(pick(KINDS)).append(' ').append(name());
    if (chance(3)) {
      out.append(" from");
      gap();
      out.append(name());
    }
    if (chance(5)) return;
    gap();
    block(0);
  }

  private void block(int depth) {
    boolean oneLine = chance(2);
    out.append("{");
    int n = depth > 2 ? random.nextInt(2) : random.nextInt(5);
    for (int i = 0; i < n; i++) {
      // `;` and `,` may only follow a member.
      if (i == 0) out.append(oneLine ? " " : "\n  ");
      else out.append(oneLine ? pick(" ", "  ", "; ", ", ") : pick("\n  ", "\n\n  ", ";\n", ",\n  "));
      if (!oneLine && chance(5)) comment(true);
      member(depth);
    }
    if (!oneLine && n > 0) out.append('\n');
    else if (n > 0 || chance(2)) out.append(' ');
    if (chance(6)) comment(!oneLine);
    out.append("}");
  }

  private void member(int depth) {
    if (chance(6)) out.append("/// doc ").append(random.nextInt(10)).append('\n');
    int shape = random.nextInt(10);
    if (shape == 0 && depth < 3) {
      out.append("override ").append(name());
      gap();
      block(depth + 1);
      return;
    }
    if (shape == 1 && depth < 3) {
      out.append(name()).append(' ');
      block(depth + 1);
      return;
    }
    if (shape == 2) out.append('"').append(pick("x-y", "with space", "q\\\"uote", "dollar$")).append('"');
    else if (shape == 3) out.append(pick(KEYWORD_KEYS));
    else out.append(name());
    gap();
    out.append("=");
    gap();
    if (shape == 4 && depth < 3) block(depth + 1);
    else expr(depth);
  }

  private void expr(int depth) {
    int shape = depth > 2 ? random.nextInt(8) : random.nextInt(16);
    switch (shape) {
      case 0 -> out.append(pick(NUMBERS));
      case 1 -> quantity();
      case 2 -> out.append(1 + random.nextInt(4)).append("..").append(4 + random.nextInt(40));
      case 3 -> string(depth);
      case 4 -> out.append(pick("none", "true", "false"));
      case 5 -> qualified();
      case 6 -> {
        out.append("-");
        if (chance(3)) gap();
        out.append(chance(2) ? pick(NUMBERS) : name());
      }
      case 7 -> {
        out.append(1 + random.nextInt(8)).append(" *");
        gap();
        if (chance(2)) quantity();
        else qualified();
      }
      case 8, 9 -> list(depth);
      case 10, 11 -> call(depth);
      case 12 -> rawString(depth);
      case 13 -> block(depth + 1);
      case 14 -> {
        out.append("(");
        gap();
        expr(depth + 1);
        gap();
        out.append(")");
      }
      default -> {
        // `-(2 * x)` and `2 * (3 * x)` need their parentheses; `2 * 3 * x` does not.
        out.append(pick("-(2 * x)", "2 * (3 * gpu.H100)", "2 * 3 * x", "-2 * x", "4 * -x", "--1"));
      }
    }
  }

  private void quantity() {
    String number = pick(NUMBERS);
    switch (random.nextInt(5)) {
      case 0 -> out.append(number).append(pick(UNITS));
      case 1 -> out.append(number).append('/').append(pick(RATES));
      case 2 -> out.append(number).append(pick(UNITS)).append('/').append(pick(RATES));
      case 3 -> out.append(number).append(pick(" ", "  ", "\t")).append(pick("USD", "EUR"));
      default -> out.append(number).append(' ').append(pick("USD", "EUR")).append('/').append(pick(RATES));
    }
  }

  private void string(int depth) {
    out.append('"');
    for (int i = random.nextInt(5); i > 0; i--) {
      if (depth < 3 && chance(4)) interpolation(depth);
      else out.append(pick(STRING_PIECES));
    }
    out.append('"');
  }

  private void rawString(int depth) {
    out.append("\"\"\"");
    for (int i = random.nextInt(5); i > 0; i--) {
      if (depth < 3 && chance(4)) interpolation(depth);
      else out.append(pick(RAW_PIECES));
    }
    out.append("x\"\"\"");  // never end raw text with `"`: `""""` would close early
  }

  private void interpolation(int depth) {
    out.append("${");
    if (chance(4)) gap();
    expr(depth + 1);
    if (chance(4)) gap();
    out.append('}');
  }

  private void list(int depth) {
    out.append('[');
    boolean multiLine = chance(3);
    int n = depth > 2 ? random.nextInt(2) : random.nextInt(7);
    for (int i = 0; i < n; i++) {
      if (i > 0) out.append(",");
      if (multiLine) out.append("\n  ");
      gap();
      expr(depth + 1);
    }
    if (n > 0 && chance(3)) out.append(',');
    if (multiLine && chance(3)) comment(true);
    out.append(multiLine ? "\n]" : "]");
  }

  private void call(int depth) {
    out.append(name()).append('(');
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (i > 0) out.append(", ");
      if (chance(2)) out.append(name()).append(" = ");
      expr(depth + 1);
    }
    out.append(')');
  }

  private void qualified() {
    out.append(name());
    for (int i = random.nextInt(3); i > 0; i--) out.append('.').append(name());
  }

  /** Blank space between two tokens, now and then holding a comment. */
  private void gap() {
    switch (random.nextInt(12)) {
      case 0 -> out.append(BLOCK_COMMENTS_LEX ? " /* c */ " : " // eol\n");
      case 1 -> out.append(" // eol\n");
      case 2 -> out.append("\n/// stray doc\n");
      case 3 -> out.append("\n  ");
      default -> out.append(' ');
    }
  }

  /** A comment; {@code ownLine} ends it with a newline, as a line comment needs. */
  private void comment(boolean ownLine) {
    String text = pick("// note", "/// doc line", "/* block */", "/* multi\n   line */", "//", "// trailing spaces   ");
    if (!ownLine && text.startsWith("//")) text = "/* inline */";
    if (!BLOCK_COMMENTS_LEX && text.startsWith("/*")) {
      text = "// instead of a block comment";
      ownLine = true;
    }
    out.append(text).append(ownLine ? "\n" : " ");
  }

  private String name() { return pick(NAMES); }

  private boolean chance(int oneIn) { return random.nextInt(oneIn) == 0; }

  private String pick(String... options) { return options[random.nextInt(options.length)]; }

  private String pick(List<String> options) { return options.get(random.nextInt(options.size())); }
}
