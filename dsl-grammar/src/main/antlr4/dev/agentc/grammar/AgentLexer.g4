// Lexer of the .agent language (LANGUAGE.md §2).
// Newlines are trivia: members are delimited by the grammar, so `a = 1 b = 2` and one member a line
// both parse. Comments go to their own channel so the formatter and doc lookup can find them.
lexer grammar AgentLexer;

channels { COMMENTS }

@members {
  /**
   * Skips the blanks before a token of the default mode here, as WS would: blanks are about half
   * of all characters, and the DFA spends a match, several calls a character and a skip action
   * on every run of them.
   */
  @Override
  public Token nextToken() {
    if (_mode == DEFAULT_MODE) {
      LexerATNSimulator sim = getInterpreter();
      for (int c = _input.LA(1); isBlank(c); c = _input.LA(1)) {
        if (c == '\n') {
          sim.setLine(sim.getLine() + 1);
          sim.setCharPositionInLine(0);
        } else {
          sim.setCharPositionInLine(sim.getCharPositionInLine() + 1);
        }
        _input.consume();
      }
    }
    return super.nextToken();
  }

  /** The characters of WS. */
  private static boolean isBlank(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\u00A0' || c == '\uFEFF';
  }

  /** `}` closes a block or an interpolation; only pop when a `{` or `${` pushed a mode. */
  private void closeBrace() { if (!_modeStack.isEmpty()) popMode(); }

  /**
   * Money ends where no name character follows and the next thing is not `=` or `{`: `500 USDx`
   * is a number and a name, `a = 1  USD = 2` sets a key. Checked here, on the longest match of
   * MONEY, instead of by a predicate in the rule: a predicate keeps the lexer from caching its DFA
   * on every money literal. When the rate makes it fail (`500 USD/h2`), the match falls back to
   * `500 USD`, as the predicate would; when the currency does, to the number alone.
   */
  @Override
  public Token emit() {
    if (_type == MONEY && !moneyEnds()) {
      String text = getText();
      int slash = text.indexOf('/');
      if (slash < 0 || !endMatchAt(slash)) {
        int numberEnd = 0;
        while (text.charAt(numberEnd) != ' ' && text.charAt(numberEnd) != '\t') numberEnd++;
        endMatchAt(numberEnd);
        _type = NUMBER;
      }
    }
    return super.emit();
  }

  /** Ends the current match {@code length} characters after its start; true when it is money there. */
  private boolean endMatchAt(int length) {
    _input.seek(_tokenStartCharIndex + length);
    getInterpreter().setCharPositionInLine(_tokenStartCharPositionInLine + length);
    return moneyEnds();
  }

  /** After `500 USD`: no name character follows, and the next thing is not `=` or `{`. */
  private boolean moneyEnds() {
    int c = _input.LA(1);
    if (Character.isLetterOrDigit(c) || c == '_') return false;
    int i = 1;
    while (_input.LA(i) == ' ' || _input.LA(i) == '\t') i++;
    return _input.LA(i) != '=' && _input.LA(i) != '{';
  }
}

DOC_COMMENT   : '///' ~[\r\n]* -> channel(COMMENTS);
LINE_COMMENT  : '//' ~[\r\n]* -> channel(COMMENTS);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(COMMENTS);
// A comment that never closes: its body may not contain `*/`, or this rule would outmatch BLOCK_COMMENT.
UNTERMINATED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF;
// nextToken() skips these before the DFA sees them; the rule keeps the grammar complete.
WS            : [ \t\r\n\f\u00A0\uFEFF]+ -> skip;

MODULE   : 'module';
IMPORT   : 'import';
AS       : 'as';
ABSTRACT : 'abstract';
FROM     : 'from';
LET      : 'let';
OVERRIDE : 'override';
NONE     : 'none';
TRUE     : 'true';
FALSE    : 'false';

// `500 USD`, `0.5 USD/h`, `500 USD/month`: a number, blanks, a currency code, an optional rate.
// Not money when the code is part of a longer name, or is a key being set (`a = 1  USD = 2`):
// see emit().
MONEY    : NUM [ \t]+ CURRENCY RATE?;
// `8Gi`, `30s`, `70%`, `100/min`: a number with a unit and/or a rate attached. Any letters are
// taken, so an unknown unit is one token the checker can name.
QUANTITY : NUM ( UNIT RATE? | RATE );
NUMBER   : NUM;

DOTDOT   : '..';
DOT      : '.';
COMMA    : ',';
SEMI     : ';';
ASSIGN   : '=';
STAR     : '*';
MINUS    : '-';
LPAREN   : '(';
RPAREN   : ')';
LBRACK   : '[';
RBRACK   : ']';
LBRACE   : '{' -> pushMode(DEFAULT_MODE);
RBRACE   : '}' { closeBrace(); };

RAW_OPEN : '"""' -> pushMode(RAW);
STR_OPEN : '"' -> pushMode(STR);

IDENT    : [A-Za-z_] [A-Za-z0-9_]*;

ERRCHAR  : .;

fragment NUM      : [0-9] [0-9_]* ( '.' [0-9] [0-9_]* )?;
fragment UNIT     : [A-Za-z]+ | '%';
fragment RATE     : '/' [A-Za-z]+;
fragment CURRENCY : 'USD' | 'EUR';
fragment HEX      : [0-9A-Fa-f];

mode STR;
STR_CLOSE       : '"' -> popMode;
STR_INTERP      : '${' -> pushMode(DEFAULT_MODE);
STR_ESCAPE      : '\\' ( [nt"\\$] | 'u{' HEX+ '}' );
STR_BAD_ESCAPE  : '\\' ~[\r\n]?;
STR_TEXT        : ~["\\$\r\n]+;
STR_DOLLAR      : '$';
STR_UNTERMINATED: '\r'? '\n' -> popMode;

mode RAW;
RAW_CLOSE  : '"""' -> popMode;
RAW_INTERP : '${' -> pushMode(DEFAULT_MODE);
RAW_TEXT   : ~["$]+;
RAW_DOLLAR : '$';
RAW_QUOTE  : '"';
