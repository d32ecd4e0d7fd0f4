package dev.agentc.cli;

/** "1 file", "2 files": the counts every command prints. */
final class Plural {
  private Plural() {}

  static String count(long n, String noun) { return n + " " + noun + (n == 1 ? "" : "s"); }
}
