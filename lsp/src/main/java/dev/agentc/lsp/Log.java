package dev.agentc.lsp;

import java.io.PrintStream;

/** The server's log: stderr only, since stdout carries the protocol. */
final class Log {
  private static final PrintStream ERR = System.err;

  private Log() {}

  static void info(String message) { ERR.println("agentc lsp: " + message); }

  static void error(String message, Throwable t) {
    ERR.println("agentc lsp: error: " + message + ": " + t);
    if (System.getenv("AGENTC_BACKTRACE") != null) t.printStackTrace(ERR);
  }
}
