package dev.agentc.target.aleph;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentc.apply.ApplyException;
import dev.agentc.build.AtomicFile;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.source.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * `.agentc/state/<deploy>.json`: read strictly (a file that is not agentc's, or is another
 * deploy's, stops the apply before anything is published) and replaced atomically on every step.
 */
final class StateFile {
  /** Writes the bytes; tests pass one that fails, as a crash would. */
  @FunctionalInterface
  interface Writer {
    void write(Path file, byte[] bytes) throws IOException;
  }

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private final Path file;
  private final Writer writer;

  StateFile(Path file, Writer writer) {
    this.file = file;
    this.writer = writer;
  }

  static StateFile of(Path stateDir, Plan plan) { return new StateFile(stateDir.resolve(plan.dnsName() + ".json"), AtomicFile::write); }

  Path path() { return file; }

  PublishState read(Plan plan) {
    if (!Files.exists(file)) return PublishState.empty(plan.dnsName());
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw corrupt("it is not JSON");
    }
    if (root == null || !root.isObject() || root.path("version").asInt(-1) != PublishState.VERSION || !root.path("deploy").isTextual()
        || !root.path("instances").isObject() || !root.path("pending").isArray()) {
      throw corrupt("it is not an agentc state file of version " + PublishState.VERSION);
    }
    String deploy = root.get("deploy").asText();
    if (!deploy.equals(plan.dnsName())) {
      throw new ApplyException(Diagnostic.of(Code.E0713, plan.span(), file, deploy, plan.dnsName())
          .hint("each deploy keeps its own state file, named after it; move this one back to `" + deploy + ".json`").build());
    }
    try {
      TreeMap<String, PublishState.Published> instances = new TreeMap<>();
      root.get("instances").properties().forEach(e -> instances.put(e.getKey(), published(e.getValue())));
      Optional<PublishState.Published> aggregate = root.hasNonNull("aggregate") ? Optional.of(published(root.get("aggregate"))) : Optional.empty();
      List<PublishState.Pending> pending = new ArrayList<>();
      for (JsonNode p : root.get("pending")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> message = MAPPER.convertValue(p.get("message"), LinkedHashMap.class);
        pending.add(new PublishState.Pending(PublishState.Action.valueOf(p.get("action").asText()), p.get("name").asText(),
            p.get("fingerprint").asText(), message));
      }
      return new PublishState(deploy, instances, aggregate, pending);
    } catch (RuntimeException e) {
      throw corrupt("an entry is incomplete");
    }
  }

  private static PublishState.Published published(JsonNode n) {
    if (!n.path("hash").isTextual() || !n.path("fingerprint").isTextual()) throw new IllegalArgumentException("incomplete");
    return new PublishState.Published(n.get("hash").asText(), n.get("fingerprint").asText());
  }

  private ApplyException corrupt(String reason) {
    return new ApplyException(Diagnostic.of(Code.E0712, Span.NONE, file, reason)
        .hint("restore it from a backup or version control; deleting it makes agentc publish every instance again, beside the live ones").build());
  }

  void write(PublishState state) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", PublishState.VERSION);
    root.put("deploy", state.deploy());
    Map<String, Object> instances = new TreeMap<>();
    state.instances().forEach((k, v) -> instances.put(k, Map.of("hash", v.hash(), "fingerprint", v.fingerprint())));
    root.put("instances", instances);
    root.put("aggregate", state.aggregate().map(a -> Map.of("hash", a.hash(), "fingerprint", a.fingerprint())).orElse(null));
    root.put("pending", state.pending().stream().map(p -> InstanceContent.ordered("action", p.action().name(), "name", p.name(),
        "fingerprint", p.fingerprint(), "message", p.message())).toList());
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      writer.write(file, (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ApplyException(Diagnostic.of(Code.E0009, Span.NONE, file, e.getMessage() == null ? "an I/O error" : e.getMessage())
          .hint("what was submitted is recorded as pending, so the next `agentc apply` checks it instead of submitting it again").build());
    }
  }
}
