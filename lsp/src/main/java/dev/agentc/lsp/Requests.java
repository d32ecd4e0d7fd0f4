package dev.agentc.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Runs requests off the message thread, so a slow one never blocks the next message. A request
 * of a kind that supersedes (a new completion for the same document) cancels the one before it,
 * which the client then sees answered with RequestCancelled. A failure becomes an LSP error and
 * a line on stderr; the server stays up.
 */
final class Requests implements AutoCloseable {
  private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "agentc-request");
    t.setDaemon(true);
    return t;
  });
  private final ConcurrentMap<String, CompletableFuture<?>> latest = new ConcurrentHashMap<>();

  /** Runs {@code work}; when {@code supersedes} is not null, it cancels the last request run with the same key. */
  <T> CompletableFuture<T> run(String method, String supersedes, Function<CancelChecker, T> work) {
    CompletableFuture<T> future = CompletableFutures.computeAsync(pool, cancel -> {
      try {
        return work.apply(cancel);
      } catch (ResponseErrorException | java.util.concurrent.CancellationException e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        Log.error(method + " failed", e);
        throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError, method + " failed inside agentc: " + e, null));
      }
    });
    if (supersedes != null) {
      CompletableFuture<?> previous = latest.put(supersedes, future);
      if (previous != null) previous.cancel(true);
      future.whenComplete((r, e) -> latest.remove(supersedes, future));
    }
    return future;
  }

  @Override
  public void close() { pool.shutdownNow(); }
}
