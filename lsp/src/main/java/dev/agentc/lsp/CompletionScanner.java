package dev.agentc.lsp;

import dev.agentc.grammar.AgentLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Finds the {@link CompletionContext} of a cursor by running the language's own lexer over the
 * text before it: a text being typed rarely parses, but it always lexes. Brackets are tracked on
 * a stack, and in each block whether a key or a value comes next.
 */
final class CompletionScanner {
  private CompletionScanner() {}

  /** An open bracket: a block, a list or call (inheriting the key they are the value of), or `import m.{`. */
  private static final class Frame {
    final char bracket;
    final CompletionContext.Block block;
    final String key;
    final String callee;
    final String importModule;
    State state = State.KEY;
    String lastKey = "";
    int commas;

    Frame(char bracket, CompletionContext.Block block, String key, String callee, String importModule) {
      this.bracket = bracket;
      this.block = block;
      this.key = key;
      this.callee = callee;
      this.importModule = importModule;
    }
  }

  private enum State { KEY, HAVE_KEY, VALUE, VALUE_DONE }

  /** The context at code-point offset {@code cursor} of {@code text}. */
  static CompletionContext at(String text, int cursor) {
    String before = text.substring(0, text.offsetByCodePoints(0, Math.min(cursor, text.codePointCount(0, text.length()))));
    AgentLexer lexer = new AgentLexer(CharStreams.fromString(before));
    lexer.removeErrorListeners();
    List<Token> tokens = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) tokens.add(t);
    if (insideCommentOrString(lexer, tokens, cursor)) return new CompletionContext.Nothing(cursor, "");
    List<Token> code = tokens.stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL).toList();
    int end = code.size();
    String prefix = "";
    int start = cursor;
    Token typed = end > 0 ? code.get(end - 1) : null;
    if (typed != null && typed.getStopIndex() + 1 == cursor) {
      if (typed.getType() == AgentLexer.NUMBER || typed.getType() == AgentLexer.QUANTITY) {
        return unit(code.subList(0, end - 1), typed, cursor);
      }
      if (typed.getType() == AgentLexer.IDENT || isKeyword(typed)) {
        prefix = typed.getText();
        start = typed.getStartIndex();
        end--;
      }
    }
    return context(code.subList(0, end), start, prefix);
  }

  private static CompletionContext unit(List<Token> before, Token number, int cursor) {
    String text = number.getText();
    int digits = 0;
    while (digits < text.length() && (Character.isDigit(text.charAt(digits)) || text.charAt(digits) == '_' || text.charAt(digits) == '.')) digits++;
    List<Frame> stack = scan(before);
    Frame top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    String key = top == null ? "" : top.block != null ? top.lastKey : top.key;
    return new CompletionContext.Unit(path(stack), key, number.getStartIndex() + digits, text.substring(digits));
  }

  private static CompletionContext context(List<Token> code, int start, String prefix) {
    int n = code.size();
    // import paths: `import a.b.` (the dots typed so far belong to the prefix)
    int i = n;
    while (i > 0 && (code.get(i - 1).getType() == AgentLexer.DOT || code.get(i - 1).getType() == AgentLexer.IDENT)) i--;
    if (i > 0 && code.get(i - 1).getType() == AgentLexer.IMPORT) {
      StringBuilder typed = new StringBuilder();
      for (int k = i; k < n; k++) typed.append(code.get(k).getText());
      int from = i < n ? code.get(i).getStartIndex() : start;
      return new CompletionContext.ImportPath(from, typed + prefix);
    }
    List<Frame> stack = scan(code);
    if (stack.isEmpty()) {
      if (n > 0 && code.get(n - 1).getType() == AgentLexer.FROM && n >= 3) {
        return new CompletionContext.Base(code.get(n - 3).getText(), start, prefix);
      }
      return new CompletionContext.TopLevel(start, prefix);
    }
    Frame top = stack.get(stack.size() - 1);
    List<CompletionContext.Block> path = path(stack);
    if (top.importModule != null) return new CompletionContext.ImportedName(top.importModule, start, prefix);
    if (top.bracket == '(') return new CompletionContext.Argument(path, top.key, top.callee, top.commas, start, prefix);
    if (top.bracket == '[') return new CompletionContext.Value(path, top.key, start, prefix);
    if (top.state == State.VALUE) return new CompletionContext.Value(path, top.lastKey, start, prefix);
    return new CompletionContext.Key(path, start, prefix);
  }

  /** The open brackets after reading {@code code}. */
  private static List<Frame> scan(List<Token> code) {
    List<Frame> stack = new ArrayList<>();
    for (int k = 0; k < code.size(); k++) {
      Token t = code.get(k);
      Frame top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
      switch (t.getType()) {
        case AgentLexer.LBRACE -> stack.add(brace(code, k, stack));
        case AgentLexer.STR_INTERP, AgentLexer.RAW_INTERP -> stack.add(new Frame('$', null, "", null, null));
        case AgentLexer.LBRACK -> stack.add(new Frame('[', null, valueKey(top), null, null));
        case AgentLexer.LPAREN -> stack.add(new Frame('(', null, valueKey(top), k > 0 ? code.get(k - 1).getText() : "", null));
        case AgentLexer.RBRACE, AgentLexer.RBRACK, AgentLexer.RPAREN -> {
          if (!stack.isEmpty()) stack.remove(stack.size() - 1);
          Frame parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
          if (parent != null) parent.state = t.getType() == AgentLexer.RBRACE && parent.state != State.VALUE ? State.KEY : State.VALUE_DONE;
        }
        case AgentLexer.COMMA, AgentLexer.SEMI -> {
          if (top != null) {
            top.commas++;
            top.state = State.KEY;
          }
        }
        case AgentLexer.ASSIGN -> {
          if (top != null && top.state == State.HAVE_KEY) top.state = State.VALUE;
        }
        case AgentLexer.DOT, AgentLexer.DOTDOT, AgentLexer.STAR, AgentLexer.MINUS -> {
          if (top != null && top.state == State.VALUE_DONE) top.state = State.VALUE;
        }
        default -> {
          if (top == null || top.block == null) break;
          if (top.state == State.VALUE) {
            top.state = State.VALUE_DONE;
          } else if (t.getType() == AgentLexer.IDENT || t.getType() == AgentLexer.STR_CLOSE) {
            top.state = State.HAVE_KEY;
            top.lastKey = t.getText();
          }
        }
      }
    }
    return stack;
  }

  /** The key a list or call opened here is the value of. */
  private static String valueKey(Frame top) {
    if (top == null) return "";
    return top.block != null ? top.lastKey : top.key;
  }

  private static Frame brace(List<Token> code, int k, List<Frame> stack) {
    Token prev = k > 0 ? code.get(k - 1) : null;
    Frame top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    if (prev != null && prev.getType() == AgentLexer.DOT) {
      int i = k - 1;
      StringBuilder module = new StringBuilder();
      while (i > 0 && (code.get(i - 1).getType() == AgentLexer.IDENT || code.get(i - 1).getType() == AgentLexer.DOT)) i--;
      for (int j = i; j < k - 1; j++) module.append(code.get(j).getText());
      return new Frame('{', null, "", null, module.toString());
    }
    if (stack.isEmpty()) {
      int i = k - 1;
      while (i >= 0 && (code.get(i).getType() == AgentLexer.IDENT || code.get(i).getType() == AgentLexer.DOT)) i--;
      int nameAt = i >= 0 && code.get(i).getType() == AgentLexer.FROM ? i - 1 : k - 1;
      String name = nameAt >= 0 ? code.get(nameAt).getText() : "";
      String kind = nameAt >= 1 ? code.get(nameAt - 1).getText() : "";
      return new Frame('{', new CompletionContext.Block(CompletionContext.Block.Kind.DECLARATION, kind, name), "", null, null);
    }
    if (prev != null && k >= 2 && code.get(k - 2).getType() == AgentLexer.OVERRIDE) {
      top.state = State.KEY;
      return new Frame('{', new CompletionContext.Block(CompletionContext.Block.Kind.OVERRIDE, "", prev.getText()), "", null, null);
    }
    String key = top.block != null ? top.lastKey : top.key;
    if (top.block != null) top.state = State.VALUE;
    return new Frame('{', new CompletionContext.Block(CompletionContext.Block.Kind.FIELD, "", key), "", null, null);
  }

  private static List<CompletionContext.Block> path(List<Frame> stack) {
    return stack.stream().filter(f -> f.block != null).map(f -> f.block).toList();
  }

  private static boolean isKeyword(Token t) {
    return switch (t.getType()) {
      case AgentLexer.MODULE, AgentLexer.IMPORT, AgentLexer.AS, AgentLexer.ABSTRACT, AgentLexer.FROM, AgentLexer.LET,
          AgentLexer.OVERRIDE, AgentLexer.NONE, AgentLexer.TRUE, AgentLexer.FALSE -> true;
      default -> false;
    };
  }

  /** An open string, or a comment that runs up to the cursor (a line comment, or a block comment not closed yet). */
  private static boolean insideCommentOrString(AgentLexer lexer, List<Token> tokens, int cursor) {
    if (lexer._mode != AgentLexer.DEFAULT_MODE) return true;
    if (tokens.isEmpty()) return false;
    Token last = tokens.get(tokens.size() - 1);
    boolean endsAtCursor = last.getStopIndex() + 1 == cursor;
    boolean comment = last.getChannel() == AgentLexer.COMMENTS || last.getType() == AgentLexer.UNTERMINATED_COMMENT;
    return comment && endsAtCursor && !(last.getText().startsWith("/*") && last.getText().endsWith("*/"));
  }
}
