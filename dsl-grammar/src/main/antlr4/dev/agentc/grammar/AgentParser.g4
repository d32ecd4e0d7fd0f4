// Parser of the .agent language (LANGUAGE.md §2–§4).
// Declaration kinds are plain identifiers: the checker names an unknown kind with a suggestion,
// which a keyword-based grammar could not.
parser grammar AgentParser;

options { tokenVocab = AgentLexer; contextSuperClass = CompactContext; }

file
  : item* EOF
  ;

item
  : moduleDecl
  | importDecl
  | letDecl
  | declaration
  | SEMI
  ;

moduleDecl
  : MODULE qualifiedName
  ;

importDecl
  : IMPORT qualifiedName ( DOT LBRACE name ( COMMA name )* COMMA? RBRACE | AS name )?
  ;

letDecl
  : LET name ASSIGN expr
  ;

declaration
  : ABSTRACT? kind=IDENT declName=name ( FROM base=qualifiedName )? block?
  ;

block
  : LBRACE ( member ( SEMI | COMMA )? )* RBRACE
  ;

// `member` and `primary` carry no alternative labels: a label costs a second parse-tree node for
// every member and every value. The parser records the number of the alternative it took
// (CompactContext.getAltNumber), and TreeBuilder names those numbers: keep them in step.
// A key is a name or a string. It is written out in place rather than as a rule of its own, which
// would cost a parse-tree node for every member; so is the name, as the tokens of `name` (see
// there).
member
  : OVERRIDE name block              // 1: override
  | ( key=( IDENT | MODULE | IMPORT | AS | ABSTRACT | FROM | LET | OVERRIDE ) | string ) ASSIGN expr  // 2: assignment
  | ( key=( IDENT | MODULE | IMPORT | AS | ABSTRACT | FROM | LET | OVERRIDE ) | string ) block        // 3: block
  ;

// No labels here either: TreeBuilder tells the alternatives apart by their first parts.
// Values of one token other than a number, and strings, are alternatives of `expr` itself, which
// saves a `primary` node for each and keeps `expr`'s choice to one token of look-ahead. The others
// stay in `primary`, for the syntax errors we report: an error inside one is caught there (which
// decides what ANTLR's recovery skips), and the kinds of token expected at its start stay more
// than SyntaxErrors names in a hint.
expr
  : MINUS expr
  | expr STAR expr
  | QUANTITY
  | MONEY
  | string
  | TRUE
  | FALSE
  | NONE
  | primary
  ;

// The callee of a call and a reference are a `qualifiedName` written out in place, as the tokens
// of its names (see `name`): rules of their own would cost two parse-tree nodes for every reference.
primary
  : NUMBER DOTDOT NUMBER             // 1: range
  | NUMBER                           // 2: number
  | ( IDENT | MODULE | IMPORT | AS | ABSTRACT | FROM | LET | OVERRIDE ) ( DOT ( IDENT | MODULE | IMPORT | AS | ABSTRACT | FROM | LET | OVERRIDE ) )*
      LPAREN args? RPAREN            // 3: call
  | ( IDENT | MODULE | IMPORT | AS | ABSTRACT | FROM | LET | OVERRIDE ) ( DOT ( IDENT | MODULE | IMPORT | AS | ABSTRACT | FROM | LET | OVERRIDE ) )*  // 4: reference
  | LBRACK ( expr ( COMMA? expr )* COMMA? )? RBRACK  // 5: list
  | block                            // 6: block
  | LPAREN expr RPAREN               // 7: parenthesised
  ;

args
  : arg ( COMMA arg )* COMMA?
  ;

arg
  : ( name ASSIGN )? expr
  ;

// A text part of a string is its token, written out in place: a rule of its own would cost a
// parse-tree node for every part. An interpolation stays a rule, which catches its own errors.
string
  : STR_OPEN ( STR_TEXT | STR_ESCAPE | STR_BAD_ESCAPE | STR_DOLLAR | interpolation )* ( STR_CLOSE | STR_UNTERMINATED )
  | RAW_OPEN ( RAW_TEXT | RAW_DOLLAR | RAW_QUOTE | rawInterpolation )* RAW_CLOSE
  ;

interpolation
  : STR_INTERP expr RBRACE
  ;

rawInterpolation
  : RAW_INTERP expr RBRACE
  ;

qualifiedName
  : name ( DOT ( IDENT | MODULE | IMPORT | AS | ABSTRACT | FROM | LET | OVERRIDE ) )*
  ;

// Keywords are reserved only where the grammar needs them: elsewhere they are ordinary names.
// A `name` node per name costs a third of the parse tree, so where the parser has already seen
// that a name comes (a key, a part after a dot, the start of a reference or call) its tokens are
// written out in place instead: the rule stays where a name may be missing, as its error recovery
// is that of the errors we report.
name
  : IDENT
  | MODULE | IMPORT | AS | ABSTRACT | FROM | LET | OVERRIDE
  ;
