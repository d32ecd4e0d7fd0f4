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

member
  : OVERRIDE name block              # overrideMember
  | key ASSIGN expr                  # assignMember
  | key block                        # blockMember
  ;

key
  : name
  | string
  ;

expr
  : MINUS expr                       # negExpr
  | expr STAR expr                   # mulExpr
  | primary                          # primaryExpr
  ;

primary
  : NUMBER DOTDOT NUMBER             # rangeLit
  | NUMBER                           # numberLit
  | QUANTITY                         # quantityLit
  | MONEY                            # moneyLit
  | string                           # stringLit
  | TRUE                             # trueLit
  | FALSE                            # falseLit
  | NONE                             # noneLit
  | qualifiedName LPAREN args? RPAREN  # callExpr
  | qualifiedName                    # refExpr
  | LBRACK ( expr ( COMMA? expr )* COMMA? )? RBRACK  # listExpr
  | block                            # blockExpr
  | LPAREN expr RPAREN               # parenExpr
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
