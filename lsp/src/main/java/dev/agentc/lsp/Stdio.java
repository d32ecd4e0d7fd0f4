package dev.agentc.lsp;

import dev.agentc.target.Target;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Runs the language server over a pair of streams (stdio for `agentc lsp`). Anything else that
 * writes to {@code System.out} is sent to stderr, so nothing but the protocol reaches the client.
 */
public final class Stdio {
  private Stdio() {}

  /**
   * Serves until the client sends `exit` or closes the input, reporting {@code targets}' checks
   * too; returns the exit code LSP asks for (1 when there was no `shutdown` first).
   */
  public static int serve(InputStream in, OutputStream out, String version, List<Target> targets) {
    AgentLanguageServer server = new AgentLanguageServer(version, targets);
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Log.info("agentc " + version + " language server started");
    Future<Void> listening = launcher.startListening();
    Thread input = new Thread(() -> {
      try {
        listening.get();
      } catch (InterruptedException | ExecutionException | java.util.concurrent.CancellationException e) {
        Log.info("input closed");
      }
      server.exited().complete(null);
    }, "agentc-input");
    input.setDaemon(true);
    input.start();
    try {
      server.exited().get();
    } catch (InterruptedException | ExecutionException e) {
      Log.info("stopped: " + e.getMessage());
    }
    listening.cancel(true);
    return server.shutDown() ? 0 : 1;
  }
}
