package dev.agentc.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/** A request superseded by a newer one of its kind is cancelled; a failure is an LSP error. */
class RequestsTest {
  @Test
  void aNewerRequestCancelsTheOneItSupersedes() throws Exception {
    try (Requests requests = new Requests()) {
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch sawCancel = new CountDownLatch(1);
      var slow = requests.run("completion", "completion a.agent", cancel -> {
        started.countDown();
        while (!cancel.isCanceled()) Thread.onSpinWait();
        sawCancel.countDown();
        return "stale";
      });
      assertTrue(started.await(10, TimeUnit.SECONDS));
      var fresh = requests.run("completion", "completion a.agent", cancel -> "fresh");
      assertEquals("fresh", fresh.get(10, TimeUnit.SECONDS));
      assertThrows(CancellationException.class, () -> slow.get(10, TimeUnit.SECONDS));
      assertTrue(sawCancel.await(10, TimeUnit.SECONDS), "the superseded work saw its cancellation");
      var other = requests.run("completion", "completion b.agent", cancel -> "b");
      assertEquals("b", other.get(10, TimeUnit.SECONDS), "another document's request is not superseded");
    }
  }

  @Test
  void aFailureIsAnInternalError() {
    try (Requests requests = new Requests()) {
      var failed = requests.run("hover", null, cancel -> { throw new IllegalStateException("boom"); });
      var e = assertThrows(ExecutionException.class, () -> failed.get(10, TimeUnit.SECONDS));
      var error = ((ResponseErrorException) e.getCause()).getResponseError();
      assertEquals(ResponseErrorCode.InternalError.getValue(), error.getCode());
      assertTrue(error.getMessage().contains("hover failed inside agentc"), error.getMessage());
    }
  }
}
