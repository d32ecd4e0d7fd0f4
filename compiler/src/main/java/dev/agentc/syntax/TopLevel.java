package dev.agentc.syntax;

/** What may stand at the top of a file after the module clause and imports. */
public sealed interface TopLevel extends Node permits Declaration, Let {
  Ident name();
}
