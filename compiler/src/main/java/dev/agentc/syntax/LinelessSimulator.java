package dev.agentc.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.LexerATNSimulator;

/**
 * The lexer's simulator without its count of lines and columns, which reads every character a
 * second time to look for line breaks: the lexer's tokens are {@link SourceToken}s, which read
 * their lines from the file's line table.
 */
final class LinelessSimulator extends LexerATNSimulator {
  /** Takes over the ATN, the DFA cache and the context cache that {@code lexer}'s own simulator shares. */
  LinelessSimulator(Lexer lexer) {
    super(lexer, lexer.getATN(), lexer.getInterpreter().decisionToDFA, lexer.getInterpreter().getSharedContextCache());
  }

  @Override
  public void consume(CharStream input) { input.consume(); }
}
