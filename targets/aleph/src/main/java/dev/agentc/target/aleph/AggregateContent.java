package dev.agentc.target.aleph;

import java.math.BigDecimal;
import java.util.Map;

/** The content of an AGGREGATE message (aleph.md §4): a key and the document stored under it for {@code address}. */
record AggregateContent(String address, BigDecimal time, String key, Map<String, Object> content) {
  Map<String, Object> tree() { return InstanceContent.ordered("address", address, "time", time, "key", key, "content", content); }
}
