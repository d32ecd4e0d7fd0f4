package dev.agentc.target.aleph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** {@link AlephApi} over HTTP: `POST {api}/api/v0/messages` and `GET {api}/api/v0/messages/{hash}` (aleph.md §5.1, §5.2). */
final class HttpAlephApi implements AlephApi {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final String base;
  private final HttpClient http;
  private final Duration timeout;

  /** Where the CRNs are listed (aleph.md §7.3). */
  static final String CRN_LIST = "https://crns-list.aleph.sh/crns.json?filter_inactive=false";
  private final String crnList;

  HttpAlephApi(String api, Duration timeout) { this(api, CRN_LIST, timeout); }

  HttpAlephApi(String api, String crnList, Duration timeout) {
    this.base = api.replaceAll("/+$", "");
    this.crnList = crnList;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public Submitted submit(Map<String, Object> message) {
    String body = Json.compact(InstanceContent.ordered("sync", false, "message", message));
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/v0/messages")).timeout(timeout)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    return switch (r.statusCode()) {
      case 200, 202 -> new Submitted.Accepted(field(r.body(), "message_status").orElse("pending"));
      case 422 -> new Submitted.Refused(r.body().isBlank() ? "HTTP 422" : r.body().strip());
      default -> throw new Unavailable("HTTP " + r.statusCode() + " to POST /api/v0/messages" + (r.body().isBlank() ? "" : ": " + r.body().strip()));
    };
  }

  @Override
  public Status status(String itemHash) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/v0/messages/" + itemHash)).timeout(timeout).GET().build());
    if (r.statusCode() == 404) return new Status(Status.UNKNOWN, "");
    if (r.statusCode() != 200 && r.statusCode() != 410) throw new Unavailable("HTTP " + r.statusCode() + " to GET /api/v0/messages/" + itemHash);
    try {
      JsonNode n = MAPPER.readTree(r.body());
      String status = n.path("status").asText(Status.UNKNOWN);
      String reason = n.has("error_code") ? "error code " + n.get("error_code").asText() + (n.has("details") ? " " + n.get("details") : "")
          : n.path("reason").asText("");
      return new Status(status, reason);
    } catch (IOException e) {
      throw new Unavailable("an answer that is not JSON to GET /api/v0/messages/" + itemHash);
    }
  }

  @Override
  public Optional<String> crnUrl(String nodeHash) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(crnList)).timeout(timeout).GET().build());
    if (r.statusCode() != 200) throw new Unavailable("HTTP " + r.statusCode() + " from the CRN list " + crnList);
    try {
      for (JsonNode crn : MAPPER.readTree(r.body()).path("crns")) {
        if (crn.path("hash").asText().equals(nodeHash)) return Optional.of(crn.path("address").asText().replaceAll("/+$", ""));
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new Unavailable("the CRN list " + crnList + " is not JSON");
    }
  }

  @Override
  public Optional<String> notifyAllocation(String crnUrl, String instanceHash) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(crnUrl + "/control/allocation/notify")).timeout(timeout)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.compact(Map.of("instance", instanceHash)))).build());
    if (r.statusCode() == 200) return Optional.empty();
    if (r.statusCode() >= 500 && r.statusCode() != 503) throw new Unavailable("HTTP " + r.statusCode() + " from the CRN at " + crnUrl);
    return Optional.of("HTTP " + r.statusCode() + (r.body().isBlank() ? "" : ": " + r.body().strip()));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new Unavailable("no answer within " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      throw new Unavailable(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted");
    }
  }

  private static Optional<String> field(String body, String name) {
    try {
      JsonNode n = MAPPER.readTree(body);
      return n.hasNonNull(name) ? Optional.of(n.get(name).asText()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
