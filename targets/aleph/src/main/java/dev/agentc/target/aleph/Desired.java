package dev.agentc.target.aleph;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages of a build (`messages.json`), each with what identifies it across builds: an
 * INSTANCE by its `metadata.name`, and a fingerprint of its content without the time, so a
 * rebuild at another time is no change.
 */
final class Desired {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Desired() {}

  /** One built message. */
  record Message(Map<String, Object> envelope, Map<String, Object> content) {
    String type() { return (String) envelope.get("type"); }

    String hash() { return (String) envelope.get("item_hash"); }

    boolean signed() { return envelope.get("signature") instanceof String; }

    /** An INSTANCE's name, the AGGREGATE's key. */
    String name() {
      if (content.get("metadata") instanceof Map<?, ?> m && m.get("name") instanceof String n) return n;
      return String.valueOf(content.get("key"));
    }

    String fingerprint() { return Desired.fingerprint(content); }
  }

  @SuppressWarnings("unchecked")
  static List<Message> of(byte[] messagesJson) {
    try {
      List<Message> out = new ArrayList<>();
      for (Map<String, Object> e : (List<Map<String, Object>>) MAPPER.readValue(messagesJson, List.class)) {
        out.add(new Message(new LinkedHashMap<>(e), MAPPER.readValue((String) e.get("item_content"), LinkedHashMap.class)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("the build's messages.json does not parse", e);
    }
  }

  /** SHA-256 of the compact content without its top-level `time`. */
  static String fingerprint(Map<String, Object> content) {
    Map<String, Object> timeless = new LinkedHashMap<>(content);
    timeless.remove("time");
    return AlephMessage.sha256(Json.compact(timeless));
  }
}
