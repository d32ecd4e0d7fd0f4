package dev.agentc.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** How positions and ranges read in error messages and logs: 1-based `line:column`. */
final class Ranges {
  private Ranges() {}

  static String show(Position p) { return (p.getLine() + 1) + ":" + (p.getCharacter() + 1); }

  static String show(Range r) { return show(r.getStart()) + "-" + show(r.getEnd()); }
}
