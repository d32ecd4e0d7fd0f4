package dev.agentc.lsp;

import java.util.List;

/**
 * Where the cursor stands, as far as completion cares. {@code prefix} is the part of a name
 * already typed (replaced by the completion), starting at code-point offset {@code start}.
 */
sealed interface CompletionContext {
  int start();

  String prefix();

  /** At the top of a file, where a declaration or `let` may start. */
  record TopLevel(int start, String prefix) implements CompletionContext {}

  /** After `KIND name from`. */
  record Base(String kind, int start, String prefix) implements CompletionContext {}

  /** After `import`: a module path, {@code prefix} holding the dots typed so far. */
  record ImportPath(int start, String prefix) implements CompletionContext {}

  /** Inside `import m.{ … }`. */
  record ImportedName(String module, int start, String prefix) implements CompletionContext {}

  /** Where a member's key goes, inside the blocks {@code path} (outermost first). */
  record Key(List<Block> path, int start, String prefix) implements CompletionContext {}

  /** Where the value of {@code key} goes (also inside a list of it). */
  record Value(List<Block> path, String key, int start, String prefix) implements CompletionContext {}

  /** The argument {@code index} of a call of {@code callee} given as the value of {@code key}. */
  record Argument(List<Block> path, String key, String callee, int index, int start, String prefix) implements CompletionContext {}

  /** Right after a number: its unit; {@code key} is the field the number is for. */
  record Unit(List<Block> path, String key, int start, String prefix) implements CompletionContext {}

  /** Nothing to offer (inside a string or a comment). */
  record Nothing(int start, String prefix) implements CompletionContext {}

  /**
   * A block the cursor is in: a declaration ({@code kind} and {@code name}), a field's block
   * ({@code name} is the key) or an `override` ({@code name} is the overridden agent).
   */
  record Block(Kind kind, String declKind, String name) {
    enum Kind { DECLARATION, FIELD, OVERRIDE }
  }
}
