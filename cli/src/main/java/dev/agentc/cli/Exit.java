package dev.agentc.cli;

/** The exit codes of every command. */
public final class Exit {
  private Exit() {}

  /** No errors (warnings allowed). */
  public static final int OK = 0;
  /** The input has errors ({@code check}); files are badly formatted or unparsable ({@code fmt}). */
  public static final int ERRORS = 1;
  /** Bad command line, or input that could not be read (a missing path, E0001–E0008). */
  public static final int USAGE = 2;
  /** {@code plan}: changes are pending (as {@code terraform plan -detailed-exitcode}). */
  public static final int CHANGES = 2;
  /** A bug in agentc: an internal compiler error. */
  public static final int INTERNAL = 3;
}
