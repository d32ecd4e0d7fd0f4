package dev.agentc.target.kubernetes.apply;

import dev.agentc.apply.ApplyOptions;
import dev.agentc.apply.Deployment;
import dev.agentc.apply.SecretValues;
import dev.agentc.ir.Plan;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Output;
import dev.agentc.target.kubernetes.KubernetesTarget;
import dev.agentc.target.kubernetes.Projects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One-file projects built for the kubernetes target, and the stand-ins the apply tests run with. */
final class Fixtures {
  /** The mock server logs every request at INFO; held here so the setting is not collected. */
  private static final java.util.logging.Logger MOCK_LOG = quiet("io.fabric8.mockwebserver");

  private Fixtures() {}

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
    log.setLevel(java.util.logging.Level.WARNING);
    return log;
  }

  /** A deploy `shop` (namespace `shop`) of {@code agents}, with the secret `api_key` used by the first. */
  static Deployment deployment(Path dir, String agents, String kubernetes) {
    String source = "module t\nimport std.region.{eu_west}\nsecret api_key\n" + agents + "\ndeploy shop {\n  agents = [" + names(agents) + "]\n  kubernetes { " + kubernetes + " }\n}\n";
    Plan plan = Projects.plan(dir, "shop", source);
    Output out = new KubernetesTarget().emit(plan, BuildOptions.DEFAULT);
    Map<String, byte[]> files = new TreeMap<>();
    out.files().forEach(a -> files.put(a.path(), a.bytes()));
    return new Deployment(plan, "kubernetes", new TreeMap<>(files), dir.resolve("out"), dir.resolve(".agentc/state"));
  }

  /** `agent NAME { image = "IMAGE"  env { KEY = api_key } }`. */
  static String agent(String name, String image) {
    return "agent " + name + " {\n  image = \"" + image + "\"\n  port = 8080\n  env { KEY = api_key }\n}\n";
  }

  private static String names(String agents) {
    return String.join(", ", agents.lines().filter(l -> l.startsWith("agent ")).map(l -> l.split(" ")[1]).toList());
  }

  static ApplyOptions options(boolean prune, Duration timeout) {
    return new ApplyOptions(Optional.empty(), SecretValues.load(Optional.empty(), Map.of("AGENTC_SECRET_API_KEY", "s3cr3t-value")), prune, false,
        timeout, BuildOptions.DEFAULT);
  }

  /** Every call gets its own client of the mock server, as the provisioner closes each one. */
  static Clusters mock(io.fabric8.kubernetes.client.server.mock.KubernetesMockServer server) {
    return (context, plan, options) -> server.createClient();
  }

  /**
   * Stands in for server-side apply on fabric8's CRUD mock, which refuses apply patches: a dry run
   * merges the object over the live one, an apply creates or updates it.
   */
  static final ServerSideApply CREATE_OR_UPDATE = (client, kind, object, dryRun, force) -> {
    var handle = Handles.resource(client, kind, object);
    if (!dryRun) return handle.createOr(NonDeletingOperation::update);
    GenericKubernetesResource live = handle.get();
    if (live == null) return object;
    Map<String, Object> merged = tree(live);
    merge(merged, tree(object));
    return Desired.SERIALIZATION.convertValue(merged, GenericKubernetesResource.class);
  };

  @SuppressWarnings("unchecked")
  private static Map<String, Object> tree(GenericKubernetesResource o) { return new LinkedHashMap<>(Desired.SERIALIZATION.convertValue(o, Map.class)); }

  @SuppressWarnings("unchecked")
  private static void merge(Map<String, Object> into, Map<String, Object> from) {
    from.forEach((k, v) -> {
      if (v instanceof Map<?, ?> m && into.get(k) instanceof Map<?, ?> existing) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) existing);
        merge(copy, (Map<String, Object>) m);
        into.put(k, copy);
      } else {
        into.put(k, v);
      }
    });
  }

  /** Marks every Deployment of namespace `shop` as rolled out, as its controller would. */
  static void rolledOut(KubernetesClient client) {
    var deployments = client.genericKubernetesResources(Kinds.of("Deployment").orElseThrow().context()).inNamespace("shop");
    for (GenericKubernetesResource d : deployments.list().getItems()) {
      d.setAdditionalProperty("status", Map.of("observedGeneration", 99, "replicas", 1, "updatedReplicas", 1, "availableReplicas", 1));
      deployments.resource(d).update();
    }
  }

  static List<String> kinds(List<dev.agentc.apply.Change> changes) {
    return changes.stream().map(c -> c.action().symbol() + " " + c.kind() + " " + c.name()).toList();
  }
}
