package dev.agentc.target.aleph;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * One message as sent (aleph.md §1.1): the envelope around inline content. The content is
 * serialized once into {@code itemContent}, and {@code itemHash} is the SHA-256 of exactly those
 * UTF-8 bytes (§1.2); the signature, when there is one, covers chain, sender, type and hash (§2).
 */
record AlephMessage(String chain, String sender, String type, String channel, BigDecimal time, String itemContent, String itemHash,
    Optional<String> signature) {
  static final String CHAIN = "ETH";

  /** An unsigned message whose content is the JSON tree {@code content}, serialized here and only here. */
  static AlephMessage of(String sender, String type, String channel, BigDecimal time, Map<String, Object> content) {
    String itemContent = Json.compact(content);
    return new AlephMessage(CHAIN, sender, type, channel, time, itemContent, sha256(itemContent), Optional.empty());
  }

  /** Lowercase hex SHA-256 of the UTF-8 bytes of {@code text}. */
  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The same message signed by {@code key}, whose address must be the sender. */
  AlephMessage signedBy(SigningKey key) {
    if (!key.address().equals(sender)) throw new IllegalArgumentException("the sender " + sender + " is not the key's address " + key.address());
    return new AlephMessage(chain, sender, type, channel, time, itemContent, itemHash,
        Optional.of(Signer.sign(key, Signer.buffer(chain, sender, type, itemHash))));
  }

  /** The envelope fields in the order of aleph.md §1.1; no signature field when unsigned. */
  Map<String, Object> tree() {
    Map<String, Object> t = InstanceContent.ordered("chain", chain, "sender", sender, "type", type, "channel", channel, "time", time,
        "item_type", "inline", "item_content", itemContent, "item_hash", itemHash);
    signature.ifPresent(s -> t.put("signature", s));
    return t;
  }
}
