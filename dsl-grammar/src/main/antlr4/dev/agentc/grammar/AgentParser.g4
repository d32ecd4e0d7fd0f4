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
// would cost a parse-tree node for every member.
member
  : OVERRIDE name block              // 1: override
  | ( name | string ) ASSIGN expr    // 2: assignment
  | ( name | string ) block          // 3: block
  ;

// No labels here either: TreeBuilder tells the alternatives apart by their first parts.
expr
  : MINUS expr
  | expr STAR expr
  | primary
  ;

primary
  : NUMBER DOTDOT NUMBER             // 1: range
  | NUMBER                           // 2: number
  | QUANTITY                         // 3: quantity
  | MONEY                            // 4: money
  | string                           // 5: string
  | TRUE                             // 6: true
  | FALSE                            // 7: false
  | NONE                             // 8: none
  | qualifiedName LPAREN args? RPAREN  // 9: call
  | qualifiedName                    // 10: reference
  | LBRACK ( expr ( COMMA? expr )* COMMA? )? RBRACK  // 11: list
  | block                            // 12: block
  | LPAREN expr RPAREN               // 13: parenthesised
  ;

args
  : arg ( COMMA arg )* COMMA?
  ;

arg
  : ( name ASSIGN )? expr
  ;

string
  : STR_OPEN stringPart* ( STR_CLOSE | STR_UNTERMINATED )
  | RAW_OPEN rawPart* RAW_CLOSE
  ;

stringPart
  : STR_TEXT
  | STR_ESCAPE
  | STR_BAD_ESCAPE
  | STR_DOLLAR
  | STR_INTERP expr RBRACE
  ;

rawPart
  : RAW_TEXT
  | RAW_DOLLAR
  | RAW_QUOTE
  | RAW_INTERP expr RBRACE
  ;

qualifiedName
  : name ( DOT name )*
  ;

// Keywords are reserved only where the grammar needs them: elsewhere they are ordinary names.
name
  : IDENT
  | MODULE | IMPORT | AS | ABSTRACT | FROM | LET | OVERRIDE
  ;
