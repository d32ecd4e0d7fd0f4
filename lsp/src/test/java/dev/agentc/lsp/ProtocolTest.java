package dev.agentc.lsp;

import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw JSON-RPC over the server's streams: malformed messages and unknown methods get errors, and the server stays up. */
class ProtocolTest {
  private static byte[] frame(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[head.length + body.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(body, 0, out, head.length, body.length);
    return out;
  }

  /** Reads messages until the response to request {@code id}. */
  private static String until(InputStream in, int id) throws Exception {
    java.util.regex.Pattern response = java.util.regex.Pattern.compile("\"id\":\"?" + id + "\"?[,}]");
    return CompletableFuture.supplyAsync(() -> {
      try {
        while (true) {
          StringBuilder header = new StringBuilder();
          while (!header.toString().endsWith("\r\n\r\n")) header.append((char) in.read());
          int length = Integer.parseInt(header.toString().replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
          String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
          if (response.matcher(body).find()) return body;
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, READER).get(20, TimeUnit.SECONDS);
  }

  /** Own threads: the common pool may have a single worker on a small machine. */
  private static final java.util.concurrent.ExecutorService READER = java.util.concurrent.Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "protocol-test");
    t.setDaemon(true);
    return t;
  });

  @Test
  void malformedMessagesAndUnknownMethods() throws Exception {
    PipedOutputStream toServer = new PipedOutputStream();
    PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream();
    PipedInputStream fromServer = new PipedInputStream(serverOut, 1 << 16);
    CompletableFuture<Integer> served = CompletableFuture.supplyAsync(() -> Stdio.serve(serverIn, serverOut, "test", List.of()), READER);

    toServer.write(frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}"));
    assertTrue(until(fromServer, 1).contains("capabilities"));

    toServer.write(frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":"));
    toServer.write(frame("this is not json"));
    toServer.write(frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"agentc/noSuchMethod\",\"params\":{}}"));
    String unknown = until(fromServer, 3);
    assertTrue(unknown.contains("-32601"), unknown); // MethodNotFound
    toServer.write(frame("{\"jsonrpc\":\"2.0\",\"method\":\"agentc/noSuchNotification\",\"params\":{}}"));
    toServer.write(frame("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///nowhere/x.agent\"},\"position\":{\"line\":0,\"character\":0}}}"));
    String hover = until(fromServer, 4);
    assertTrue(hover.contains("-32602") && hover.contains("is not open"), hover); // InvalidParams

    toServer.write(frame("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"shutdown\"}"));
    until(fromServer, 5);
    toServer.write(frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"));
    org.junit.jupiter.api.Assertions.assertEquals(0, served.get(20, TimeUnit.SECONDS));
  }
}
