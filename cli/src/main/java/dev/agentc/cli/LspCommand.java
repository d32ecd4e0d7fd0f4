package dev.agentc.cli;

import dev.agentc.lsp.Stdio;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code agentc lsp}: the language server, speaking LSP on stdin and stdout. Its log goes to
 * stderr, and so does anything else that would print to stdout, which carries only the protocol.
 */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the language server of .agent files: LSP over stdin and stdout, for editors (see lsp/editors/vscode).",
        "Logs go to stderr. Exits when the editor sends `exit` or closes stdin."
    })
final class LspCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Override
  public Integer call() {
    PrintStream protocol = main.io.out();
    if (protocol == System.out) System.setOut(System.err);
    int code = Stdio.serve(System.in, protocol, Main.version(), Shipped.targets());
    return code == 0 ? Exit.OK : Exit.ERRORS; // LSP: 1 when `exit` came without `shutdown`
  }
}
