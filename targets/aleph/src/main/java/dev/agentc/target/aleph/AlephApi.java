package dev.agentc.target.aleph;

import java.util.Map;

/**
 * The two calls of a Core Channel Node that publishing needs (aleph.md §5): submit a message,
 * and read its status. Tests talk to an in-process node through the real HTTP implementation.
 */
interface AlephApi {
  /** What the node says of a message: `pending`, `processed`, `rejected`, `forgotten` …, or `unknown` (404). */
  record Status(String status, String reason) {
    static final String UNKNOWN = "unknown";
  }

  /** What submitting a message gave. */
  sealed interface Submitted {
    /** Accepted for processing (200 or 202): the status says how far it got. */
    record Accepted(String status) implements Submitted {}

    /** 422: the node refused it outright (format, hash, or rejected while processing in sync mode). */
    record Refused(String reason) implements Submitted {}
  }

  /** @throws Unavailable when the node does not answer, answers 5xx, or times out */
  Submitted submit(Map<String, Object> message);

  /** @throws Unavailable as for {@link #submit} */
  Status status(String itemHash);

  /** The base URL of the Compute Resource Node with this hash, from the CRN list (aleph.md §7.3); empty when it is not listed. */
  java.util.Optional<String> crnUrl(String nodeHash);

  /**
   * Asks a CRN to start a processed INSTANCE: `POST {crn}/control/allocation/notify` (aleph.md §5.4).
   *
   * @return empty when it accepted, else its refusal
   */
  java.util.Optional<String> notifyAllocation(String crnUrl, String instanceHash);

  /** The node did not answer usefully; nothing is known of the request's effect. */
  final class Unavailable extends RuntimeException {
    Unavailable(String message) { super(message, null, false, false); }
  }
}
