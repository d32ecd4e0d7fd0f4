package dev.agentc.target.compose;

/** POSIX shell quoting for the words agentc puts into `CMD-SHELL` healthchecks. */
final class Shell {
  private Shell() {}

  /** {@code text} as one single-quoted word: `it's` → `'it'\''s'`. */
  static String quote(String text) { return "'" + text.replace("'", "'\\''") + "'"; }
}
