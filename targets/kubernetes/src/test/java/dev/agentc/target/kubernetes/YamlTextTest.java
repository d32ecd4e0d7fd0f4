package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The YAML layout reads back as the tree it came from, under YAML 1.1 (SnakeYAML) and 1.2 (snakeyaml-engine, via fabric8) rules. */
class YamlTextTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TRICKY = List.of("true", "yes", "No", "ON", "y", "null", "~", "0", "-1", "1.5", "1e3", ".inf", "0x1F", "0o17",
      "1_000", "2024-01-01", "2001-12-14t21:59:43.10-05:00", "12:30", "4Gi", "500m", "15m", "1e3m", "--port", "-e", "-", "*", "&a", "!x", "a: b",
      "a #b", "#x", " lead", "trail ", "", "multi\nline", "tab\there", "quote\"", "back\\slash", "é", "emoji 😀", "\u0001", "x:", "http://a:9090/x",
      "k8s:io.kubernetes.pod.namespace", "@x", "%x", "`x", "|", ">", "[a]", "{a}", "a,b", "?x", "app.kubernetes.io/name", "0 7 * * 1-5");

  @Test
  void everyStringReadsBackAsItself() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode values = root.putArray("values");
    ObjectNode keys = root.putObject("keys");
    for (String s : TRICKY) {
      values.add(s);
      keys.put(s, s);
    }
    root.putObject("empty");
    root.putArray("none");
    root.put("count", 3).put("ratio", 0.5).put("on", true);
    ArrayNode nested = root.putArray("nested");
    nested.addArray().add("a").addObject().put("b", "c");
    nested.addObject().put("k", "v").putArray("list").add(1);
    String text = yaml(root);

    Object expected = JSON.convertValue(root, Object.class);
    Object yaml11 = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    assertEquals(expected, yaml11, text);
    Object yaml12 = Kube.SERIALIZATION.unmarshal(text, Map.class);
    assertEquals(expected, yaml12);
  }

  /** The document of {@code root}, read back from its UTF-8 bytes. */
  private static String yaml(ObjectNode root) {
    YamlText yaml = new YamlText(JSON);
    try {
      JSON.writeTree(yaml, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String(yaml.utf8(), StandardCharsets.UTF_8);
  }

  @Test
  void layoutIsKubectls() {
    ObjectNode root = JSON.createObjectNode();
    root.put("kind", "Pod");
    root.putObject("spec").putArray("containers").addObject().put("name", "a").put("image", "x:1");
    String text = yaml(root);
    assertEquals("""
        ---
        kind: Pod
        spec:
          containers:
          - name: a
            image: x:1
        """, text);
  }

  @Test
  void nestedAndEmptyStructs() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode items = root.putArray("items");
    items.addArray().add("a").addArray().add("b");
    items.addObject();
    items.addArray();
    items.addObject().putObject("meta").put("name", "x");
    root.putObject("spec").putObject("empty");
    assertEquals("""
        ---
        items:
        -
          - a
          -
            - b
        - {}
        - []
        - meta:
            name: x
        spec:
          empty: {}
        """, yaml(root));
  }
}
