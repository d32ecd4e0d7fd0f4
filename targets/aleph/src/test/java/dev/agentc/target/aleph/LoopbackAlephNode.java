package dev.agentc.target.aleph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * An in-process Core Channel Node for the apply tests: `POST /api/v0/messages` recomputes every
 * `item_hash` (422 when it does not match, as `parse_message` does) and verifies every EIP-191
 * signature (rejected with error code 1 when it is not the sender's); `GET /api/v0/messages/{hash}`
 * answers 404, pending, processed, rejected or forgotten as pyaleph does (aleph.md §5). A message
 * is pending for one poll, then processed. Faults are queued for the next POST.
 */
final class LoopbackAlephNode implements AutoCloseable {
  enum Fault { HTTP_500, SLOW, REJECT_BALANCE, REFUSE_422 }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpServer server;
  private final Map<String, String> status = new ConcurrentHashMap<>();
  private final Map<String, Integer> polls = new ConcurrentHashMap<>();
  final Map<String, JsonNode> messages = new ConcurrentHashMap<>();
  /** Every accepted POST, by item hash, in order: a hash twice is a duplicate publication. */
  final List<String> posted = new ArrayList<>();
  private final Deque<Fault> faults = new ArrayDeque<>();
  /** The one CRN this node lists, at its own address. */
  static final String CRN = "dc3d1d194a990b5c54380c3c0439562fefa42f5a46807cba1c500ec3affecf04";
  /** The instances the CRN was asked to start. */
  final List<String> notified = new ArrayList<>();
  private boolean notifyFails;
  private final long slowMillis;

  LoopbackAlephNode(long slowMillis) throws IOException {
    this.slowMillis = slowMillis;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v0/messages", this::handle);
    server.createContext("/crns.json", x -> {
      try (x) {
        answer(x, 200, "{\"crns\":[{\"hash\":\"" + CRN + "\",\"address\":\"" + url() + "/\"}]}");
      }
    });
    server.createContext("/control/allocation/notify", x -> {
      try (x) {
        String instance = MAPPER.readTree(x.getRequestBody()).get("instance").asText();
        boolean broke;
        synchronized (this) {
          broke = notifyFails;
          notifyFails = false;
          if (!broke) notified.add(instance);
        }
        if (broke) answer(x, 402, "{\"success\":false,\"errors\":{\"" + instance + "\":\"Insufficient credits\"}}");
        else answer(x, 200, "{\"success\":true,\"successful\":[\"" + instance + "\"],\"failing\":[],\"errors\":{}}");
      }
    });
    server.start();
  }

  String url() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

  synchronized void failNextPost(Fault fault) { faults.add(fault); }

  synchronized List<String> posted() { return List.copyOf(posted); }

  synchronized List<String> notified() { return List.copyOf(notified); }

  /** The CRN refuses the next start with 402, as when the sender lacks credits. */
  synchronized void failNextNotify() { notifyFails = true; }

  /** The types of the processed messages, in the order they were posted. */
  synchronized List<String> processedTypes() {
    return posted.stream().filter(h -> "processed".equals(status.get(h)) || "forgotten".equals(status.get(h)))
        .map(h -> messages.get(h).get("type").asText()).toList();
  }

  String status(String hash) { return status.get(hash); }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      if (x.getRequestMethod().equals("POST")) post(x);
      else get(x, x.getRequestURI().getPath().substring("/api/v0/messages/".length()));
    }
  }

  private void post(HttpExchange x) throws IOException {
    JsonNode message = MAPPER.readTree(x.getRequestBody()).get("message");
    Fault fault;
    synchronized (this) {
      fault = faults.poll();
    }
    if (fault == Fault.HTTP_500) {
      answer(x, 500, "{\"publication_status\":{\"status\":\"error\",\"failed\":[\"p2p\",\"ipfs\"]}}");
      return;
    }
    if (fault == Fault.REFUSE_422) {
      answer(x, 422, "InvalidMessageFormat");
      return;
    }
    String hash = message.get("item_hash").asText();
    if (!AlephMessage.sha256(message.get("item_content").asText()).equals(hash)) {
      answer(x, 422, "InvalidMessageFormat");
      return;
    }
    synchronized (this) {
      posted.add(hash);
    }
    messages.put(hash, message);
    if (!signedBySender(message)) status.put(hash, "rejected:1");
    else if (fault == Fault.REJECT_BALANCE) status.put(hash, "rejected:5");
    else status.putIfAbsent(hash, "pending");
    if (fault == Fault.SLOW) sleep(slowMillis);
    answer(x, 202, "{\"publication_status\":{\"status\":\"success\",\"failed\":[]},\"message_status\":\"pending\"}");
  }

  private void get(HttpExchange x, String hash) throws IOException {
    String s = status.get(hash);
    if (s == null) {
      answer(x, 404, "{\"error\":\"Message not found\"}");
      return;
    }
    if (s.equals("pending") && polls.merge(hash, 1, Integer::sum) > 1) {
      s = "processed";
      status.put(hash, s);
      JsonNode m = messages.get(hash);
      if (m.get("type").asText().equals("FORGET")) {
        for (JsonNode h : MAPPER.readTree(m.get("item_content").asText()).get("hashes")) status.put(h.asText(), "forgotten");
      }
    }
    Map<String, Object> body = new HashMap<>();
    body.put("item_hash", hash);
    if (s.startsWith("rejected:")) {
      body.put("status", "rejected");
      body.put("error_code", Integer.parseInt(s.substring(9)));
      body.put("details", Map.of("errors", List.of(s.endsWith(":5") ? "Insufficient balance" : "Invalid signature")));
    } else {
      body.put("status", s);
    }
    answer(x, 200, MAPPER.writeValueAsString(body));
  }

  /** EIP-191 over `chain\nsender\ntype\nitem_hash` must recover the sender (aleph.md §2.1). */
  private static boolean signedBySender(JsonNode m) {
    if (!m.hasNonNull("signature")) return false;
    byte[] rsv = Numeric.hexStringToByteArray(m.get("signature").asText());
    if (rsv.length != 65) return false;
    Sign.SignatureData sig = new Sign.SignatureData(rsv[64], java.util.Arrays.copyOfRange(rsv, 0, 32), java.util.Arrays.copyOfRange(rsv, 32, 64));
    byte[] buffer = Signer.buffer(m.get("chain").asText(), m.get("sender").asText(), m.get("type").asText(), m.get("item_hash").asText());
    try {
      String recovered = "0x" + Keys.getAddress(Sign.signedPrefixedMessageToKey(buffer, sig));
      return recovered.equalsIgnoreCase(m.get("sender").asText());
    } catch (java.security.SignatureException e) {
      return false;
    }
  }

  private static void answer(HttpExchange x, int code, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.sendResponseHeaders(code, bytes.length);
    x.getResponseBody().write(bytes);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() { server.stop(0); }
}
