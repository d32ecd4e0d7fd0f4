package dev.agentc.syntax;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.grammar.AgentLexer;
import dev.agentc.source.SourceFile;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Turns the lexer's error tokens into diagnostics. */
final class LexicalErrors {
  private LexicalErrors() {}

  /** Reports a diagnostic for an error token; returns true when the token must be dropped. */
  static boolean report(SourceFile file, Token t, List<Diagnostic> diags) {
    switch (t.getType()) {
      case AgentLexer.ERRCHAR -> {
        String c = t.getText();
        var d = Parser.at(file, t, Code.E0106, printable(c));
        if (c.equals("\u201C") || c.equals("\u201D")) d.suggest("\"");
        else if (c.equals("#")) d.hint("comments start with `//`");
        diags.add(d.build());
        return true;
      }
      case AgentLexer.UNTERMINATED_COMMENT -> {
        int start = t.getStartIndex();
        diags.add(Diagnostic.of(Code.E0103, file.span(start, start + 2)).hint("add `*/` where the comment should end").build());
        return true;
      }
      case AgentLexer.STR_UNTERMINATED -> {
        diags.add(Parser.at(file, t, Code.E0102).hint("add `\"` before the end of the line; use `\"\"\"…\"\"\"` for text over several lines").build());
        return false;
      }
      case AgentLexer.STR_BAD_ESCAPE -> {
        diags.add(Parser.at(file, t, Code.E0104, t.getText())
            .hint("the escapes are \\\" \\\\ \\n \\t \\$ and \\u{hex}; write \\\\ for a backslash").build());
        return false;
      }
      default -> {
        return false;
      }
    }
  }

  static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0xFFFD) sb.append(String.format("\\u{%x}", cp));
      else sb.appendCodePoint(cp);
    });
    return sb.toString();
  }
}
