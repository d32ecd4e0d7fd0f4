package dev.agentc.target.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns objects into the text of a cluster's multi-document file. Each object goes through one
 * shared Jackson mapper configured by fabric8's {@link KubernetesSerialization} (its modules and
 * serializers, no null fields) into a tree, which {@link YamlText} lays out as YAML. Output is
 * stable: object fields follow the model's declared order, and map entries (labels, selectors,
 * the specs of custom resources) are sorted by key.
 */
final class ManifestWriter {
  private static final ObjectMapper MAPPER = mapper();

  private ManifestWriter() {}

  private static ObjectMapper mapper() {
    ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).addModule(new BlackbirdModule()).build();
    new KubernetesSerialization(mapper, false);
    return mapper;
  }

  /** One object as a YAML document, starting with `---`. */
  static String document(HasMetadata object) {
    StringBuilder out = new StringBuilder(2048);
    YamlText.document(tree(object), out);
    return out.toString();
  }

  /** One object as a JSON tree, in the form its document is written. */
  static JsonNode tree(HasMetadata object) { return MAPPER.valueToTree(object); }

  /** The file: {@code comments} as `#` lines, then the documents in order. */
  static byte[] file(List<String> comments, List<String> documents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(documents.stream().mapToInt(String::length).sum() + 256);
    for (String c : comments) out.writeBytes(("# " + c + "\n").getBytes(StandardCharsets.UTF_8));
    for (String d : documents) out.writeBytes(d.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
