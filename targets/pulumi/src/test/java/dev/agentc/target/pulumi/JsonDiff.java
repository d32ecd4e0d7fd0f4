package dev.agentc.target.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Every difference between two JSON trees, one line each with its path; numbers compare by value (`1` equals `1.0`). */
final class JsonDiff {
  private JsonDiff() {}

  static List<String> of(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    diff("", expected, actual, out);
    return out;
  }

  private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) out.add(path + ": expected " + expected + ", got " + actual);
    } else if (expected.isObject() && actual.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      expected.fieldNames().forEachRemaining(keys::add);
      actual.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        String at = path + "." + k;
        if (!actual.has(k)) out.add(at + ": missing (expected " + expected.get(k) + ")");
        else if (!expected.has(k)) out.add(at + ": unexpected " + actual.get(k));
        else diff(at, expected.get(k), actual.get(k), out);
      }
    } else if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) out.add(path + ": expected " + expected.size() + " elements, got " + actual.size() + ": " + actual);
      for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) diff(path + "[" + i + "]", expected.get(i), actual.get(i), out);
    } else if (!expected.equals(actual)) {
      out.add(path + ": expected " + expected + ", got " + actual);
    }
  }
}
