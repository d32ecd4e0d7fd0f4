package dev.agentc.target.kubernetes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Turns objects into the text of a cluster's multi-document file. Each object goes through one
 * shared Jackson mapper set up like fabric8's {@code KubernetesSerialization} writes (the model's
 * own serializers, no null fields) into {@link YamlText}, which lays it out as YAML. Output is
 * stable: object fields follow the model's declared order, and map entries (labels, selectors,
 * the specs of custom resources) are sorted by key. One writer serves one build: it keeps the text
 * of the values the build's objects share (see {@link SharedText}).
 */
final class ManifestWriter {
  private static final ObjectMapper MAPPER = mapper();
  /** Room for most documents; one with more grows its buffer. */
  private static final int BUFFER = 16 * 1024;

  private final SharedText shared;
  /** Buffers of documents written and taken, to write the next ones into: a document's text is copied out once, at its size. */
  private final Queue<byte[]> buffers = new ConcurrentLinkedQueue<>();

  /**
   * KubernetesSerialization's writing settings: null fields left out, null map values kept. Its
   * modules are not registered: they serve reading, except UnmatchedFieldTypeModule, which wraps
   * every property to look its name up in the object's additionalProperties by reflection first
   * (a fifth of the serializing time) — agentc never puts a typed field's name there. Nor does it
   * put anything else there: typed objects are written without that map (see {@link TypedFields}).
   */
  private static ObjectMapper mapper() {
    return JsonMapper.builder()
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
        .addModule(new BlackbirdModule())
        .addModule(SharedTextSerializer.module())
        .addModule(TypedFields.module())
        .build();
  }

  /** A writer for a build of {@code workloads} workloads. */
  ManifestWriter(int workloads) { shared = new SharedText(workloads); }

  /** One object as a YAML document, starting with `---`, in UTF-8. */
  byte[] document(HasMetadata object) {
    byte[] buffer = buffers.poll();
    YamlText yaml = new YamlText(MAPPER, shared, buffer == null ? new byte[BUFFER] : buffer);
    try {
      MAPPER.writeValue(yaml, object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] text = yaml.utf8();
    buffers.offer(yaml.buffer());
    return text;
  }

  /** One object as a JSON tree, in the form its document is written. */
  static JsonNode tree(HasMetadata object) { return MAPPER.valueToTree(object); }

  /** The file: {@code comments} as `#` lines, then the documents in order, copied once into an array of the exact size. */
  static byte[] file(List<String> comments, List<byte[]> documents) {
    List<byte[]> parts = new ArrayList<>(comments.size() + documents.size());
    for (String c : comments) parts.add(("# " + c + "\n").getBytes(StandardCharsets.UTF_8));
    parts.addAll(documents);
    byte[] out = new byte[parts.stream().mapToInt(p -> p.length).sum()];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
