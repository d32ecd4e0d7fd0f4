package dev.agentc.target.pulumi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pulumi.Context;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Settings;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Output;
import dev.agentc.target.kubernetes.KubernetesObjects;
import dev.agentc.target.kubernetes.KubernetesTarget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Pulumi target's proof (TARGETS.md): for every example deploy with Kubernetes settings — with
 * or without a `pulumi` block — the generated program compiles with javac against the Pulumi SDK,
 * and run under {@link PulumiTest} with recording mocks it registers exactly the Kubernetes
 * target's objects, each one's inputs equal to its YAML document field for field, in its
 * cluster's provider; plus the deploy's Secret holding the secrets that cluster's pods read.
 */
class EquivalenceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final KubernetesSerialization YAML = new KubernetesSerialization();
  private static final String PROVIDER_TYPE = "pulumi:providers:kubernetes";

  /** One deploy: its plan (with `pulumi` settings naming a package of its own) and the generated project's files. */
  private record Case(String label, Plan plan, Program program, Map<String, String> files) {}

  @TempDir
  static Path classes;
  private static final List<Case> CASES = new ArrayList<>();
  private static String javacMessages;
  private static URLClassLoader loader;

  @BeforeAll
  static void generateAndCompile() throws Exception {
    Map<String, String> sources = new TreeMap<>();
    for (Path example : Projects.examples()) {
      for (Plan plan : Projects.plans(example)) {
        if (plan.settings().kubernetes().isEmpty()) continue;
        Plan own = withPackage(plan, JavaNames.toPackage("equivalence." + example.getFileName() + "." + plan.name()));
        if (Projects.check(own).stream().anyMatch(Diagnostic::isError)) continue;
        Map<String, String> files = new TreeMap<>();
        for (Output.Artefact a : Projects.emit(own).files()) files.put(a.path(), new String(a.bytes(), StandardCharsets.UTF_8));
        files.forEach((path, text) -> {
          if (path.startsWith("src/main/java/")) sources.put(path.substring("src/main/java/".length()), text);
        });
        CASES.add(new Case(example.getFileName() + "/" + plan.name(), own, Program.of(own), files));
      }
    }
    javacMessages = InMemoryJavac.compile(sources, classes);
    loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, EquivalenceTest.class.getClassLoader());
  }

  @AfterAll
  static void close() throws Exception {
    if (loader != null) loader.close();
  }

  /** The plan with `pulumi` settings whose package is {@code packageName}, keeping its project and stack. */
  private static Plan withPackage(Plan p, String packageName) {
    Optional<Settings.Pulumi> old = p.settings().pulumi();
    Settings.Pulumi pulumi = new Settings.Pulumi(old.flatMap(Settings.Pulumi::project), old.flatMap(Settings.Pulumi::stack), Optional.of(packageName),
        old.map(Settings.Pulumi::span).orElse(p.span()));
    Settings s = p.settings();
    return new Plan(p.name(), p.dnsName(), p.team(), p.span(), p.workloads(), p.swarms(), p.secrets(),
        new Settings(s.kubernetes(), s.compose(), s.aleph(), Optional.of(pulumi)), p.maxMonthly(), p.prices());
  }

  @Test
  void everyProgramCompiles() {
    assertTrue(CASES.size() >= 8, "example deploys with Kubernetes settings: " + CASES.size());
    assertEquals("", javacMessages);
  }

  @TestFactory
  Stream<DynamicTest> sameObjectsAsKubernetes() {
    return CASES.stream().map(c -> dynamicTest(c.label(), () -> compare(c)));
  }

  private static void compare(Case c) throws Exception {
    assertEquals("", javacMessages, "the programs must compile first");
    Map<String, JsonNode> expected = new TreeMap<>();
    Map<String, String> contexts = new TreeMap<>();
    Map<String, Set<String>> secretKeys = new TreeMap<>();
    for (KubernetesObjects.Cluster cluster : KubernetesObjects.of(c.plan())) contexts.put(cluster.name(), cluster.context());
    for (Output.Artefact file : new KubernetesTarget().emit(c.plan(), BuildOptions.DEFAULT).files()) {
      String cluster = file.path().replaceFirst("\\.yaml$", "");
      Set<String> keys = new TreeSet<>();
      for (JsonNode doc : documents(new String(file.bytes(), StandardCharsets.UTF_8))) {
        expected.put(key(cluster, doc), doc);
        doc.findParents("secretKeyRef").forEach(p -> keys.add(p.get("secretKeyRef").get("key").asText()));
      }
      secretKeys.put(cluster, keys);
      if (!keys.isEmpty()) expected.put(key(cluster, secret(c.plan(), keys)), secret(c.plan(), keys));
    }

    RecordingMocks mocks = run(c, secretKeys.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new)));
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> actual = new TreeMap<>();
    Map<String, String> providers = new TreeMap<>();
    for (Mocks.ResourceArgs r : mocks.registered) {
      JsonNode inputs = JSON.valueToTree(r.inputs);
      if (r.type.equals(PROVIDER_TYPE)) {
        providers.put(r.name, inputs.path("context").asText(""));
        continue;
      }
      String cluster = r.name.substring(0, r.name.indexOf('/'));
      String key = key(cluster, inputs);
      if (actual.put(key, inputs) != null) problems.add(key + ": registered twice");
      if (!r.type.equals(typeToken(inputs))) problems.add(key + ": type " + r.type + ", expected " + typeToken(inputs));
      if (!r.name.equals(cluster + "/" + inputs.path("metadata").path("name").asText())) problems.add(key + ": resource name " + r.name);
      if (r.provider == null || !r.provider.contains(PROVIDER_TYPE + "::" + cluster + "::")) problems.add(key + ": provider " + r.provider);
    }
    if (!providers.equals(contexts)) problems.add("providers (cluster → context) " + providers + ", expected " + contexts);
    for (String key : new TreeSet<>(expected.keySet())) {
      if (!actual.containsKey(key)) problems.add(key + ": not registered");
      else JsonDiff.of(expected.get(key), actual.get(key)).forEach(d -> problems.add(key + " " + d));
    }
    actual.keySet().stream().filter(k -> !expected.containsKey(k)).forEach(k -> problems.add(k + ": registered, but not a Kubernetes object"));
    assertTrue(problems.isEmpty(), c.label() + ": " + problems.size() + " differences\n" + String.join("\n", problems));
  }

  /** Runs the deploy's program under the mocks, with the stack config of its `Pulumi.<stack>.yaml` and a value for every secret. */
  private static RecordingMocks run(Case c, Set<String> secretKeys) throws Exception {
    Map<String, String> config = new TreeMap<>();
    JsonNode stackConfig = JSON.valueToTree(YAML.unmarshal(c.files().get("Pulumi." + c.program().stack() + ".yaml"), Map.class)).path("config");
    stackConfig.fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
    Set<String> secretConfig = new TreeSet<>();
    for (String key : secretKeys) {
      config.put(c.program().project() + ":" + key, secretValue(key));
      secretConfig.add(c.program().project() + ":" + key);
    }
    var stack = loader.loadClass(c.program().packageName() + ".App").getMethod("stack", Context.class);
    RecordingMocks mocks = new RecordingMocks();
    try {
      TestResult result = PulumiTestInternal.builder()
          .options(TestOptions.builder().projectName(c.program().project()).stackName(c.program().stack()).build())
          .mocks(mocks).config(config, secretConfig).build()
          .runTest(ctx -> {
            try {
              stack.invoke(null, ctx);
            } catch (IllegalAccessException | InvocationTargetException e) {
              throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
            }
          });
      assertTrue(result.exceptions().isEmpty() && result.errors().isEmpty(), c.label() + ": " + result.exceptions() + " " + result.errors());
    } finally {
      PulumiTest.cleanup();
    }
    return mocks;
  }

  private static String secretValue(String key) { return "value of " + key; }

  /** The Secret the program is expected to create in a cluster: the deploy's secret object holding the keys its pods read. */
  private static JsonNode secret(Plan plan, Set<String> keys) {
    ObjectNode secret = JSON.createObjectNode().put("apiVersion", "v1").put("kind", "Secret");
    secret.set("metadata", JSON.valueToTree(YAML.unmarshal(YAML.asJson(KubernetesObjects.secretMetadata(plan)), Map.class)));
    ObjectNode data = secret.putObject("stringData");
    keys.forEach(k -> data.put(k, secretValue(k)));
    secret.put("type", "Opaque");
    return secret;
  }

  /** The YAML documents of a cluster's file, as JSON trees. */
  private static List<JsonNode> documents(String yaml) {
    List<JsonNode> out = new ArrayList<>();
    for (String doc : yaml.split("(?m)^---$")) {
      if (doc.lines().allMatch(l -> l.isBlank() || l.startsWith("#"))) continue;
      out.add(JSON.valueToTree(YAML.unmarshal(doc, Map.class)));
    }
    return out;
  }

  private static String key(String cluster, JsonNode object) {
    return cluster + " " + object.path("apiVersion").asText() + " " + object.path("kind").asText() + " " + object.path("metadata").path("name").asText();
  }

  /** pulumi-kubernetes' type token of an object: `kubernetes:<group>/<version>:<Kind>`, the core group written `core`. */
  private static String typeToken(JsonNode object) {
    String apiVersion = object.path("apiVersion").asText();
    return "kubernetes:" + (apiVersion.contains("/") ? apiVersion : "core/" + apiVersion) + ":" + object.path("kind").asText();
  }
}
