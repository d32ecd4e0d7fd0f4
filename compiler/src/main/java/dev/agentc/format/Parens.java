package dev.agentc.format;

import dev.agentc.syntax.Expr;

/**
 * The tree drops parentheses; this puts back the ones the grammar needs. Unary minus binds tighter
 * than `*` and `*` groups to the left, so only `-(a * b)` and `a * (b * c)` need them.
 */
final class Parens {
  private Parens() {}

  /** Whether the operand of `-`, or the right operand of `*`, needs parentheses. */
  static boolean needed(Expr operand) { return operand instanceof Expr.Times; }

  static String wrap(Expr operand, String printed) { return needed(operand) ? "(" + printed + ")" : printed; }
}
