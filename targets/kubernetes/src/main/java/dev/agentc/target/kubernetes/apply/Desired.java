package dev.agentc.target.kubernetes.apply;

import dev.agentc.ir.Plan;
import dev.agentc.target.kubernetes.ClusterFiles;
import dev.agentc.target.kubernetes.Labels;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one cluster should hold: the objects of its file from the build, read back, plus the
 * deploy's Secret built from the values supplied at apply time — never from build output — all
 * in apply order (namespaces first).
 *
 * @param context the kube context, empty for the kubeconfig's current one
 */
record Desired(String file, Optional<String> context, List<GenericKubernetesResource> objects) {
  static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  /** "kube context `eu`", or "the current kube context". */
  String where() { return context.map(c -> "kube context `" + c + "`").orElse("the current kube context"); }

  /** One entry per cluster file of the build, sorted by file name. */
  static List<Desired> of(Plan plan, SortedMap<String, byte[]> files, SortedMap<String, String> secrets) {
    Map<String, String> contexts = new TreeMap<>();
    plan.settings().kubernetes().orElseThrow().clusters().forEach(c -> contexts.put(ClusterFiles.fileName(c.context()) + ".yaml", c.context()));
    List<Desired> out = new ArrayList<>();
    for (var f : files.entrySet()) {
      if (!f.getKey().endsWith(".yaml")) continue;
      List<GenericKubernetesResource> objects = new ArrayList<>(documents(new String(f.getValue(), StandardCharsets.UTF_8)));
      if (!secrets.isEmpty()) objects.add(secret(plan, namespace(plan), secrets));
      objects.sort(Comparator.comparingInt(o -> Kinds.rank(o.getKind())));
      out.add(new Desired(f.getKey(), Optional.ofNullable(contexts.get(f.getKey())), objects));
    }
    return out;
  }

  static String namespace(Plan plan) { return plan.settings().kubernetes().orElseThrow().namespace(); }

  /** The documents of a multi-document file as agentc writes it: each starts with a `---` line. */
  static List<GenericKubernetesResource> documents(String text) {
    List<GenericKubernetesResource> out = new ArrayList<>();
    for (String doc : text.split("(?m)^---$")) {
      if (doc.lines().allMatch(l -> l.isBlank() || l.startsWith("#"))) continue;
      out.add(SERIALIZATION.unmarshal(doc, GenericKubernetesResource.class));
    }
    return out;
  }

  /** The Secret every `secretKeyRef` of the deploy points into, labelled like the deploy's other objects. */
  private static GenericKubernetesResource secret(Plan plan, String namespace, SortedMap<String, String> values) {
    GenericKubernetesResource s = new GenericKubernetesResource();
    s.setApiVersion("v1");
    s.setKind("Secret");
    s.setMetadata(new ObjectMetaBuilder().withName(plan.secretObjectName()).withNamespace(namespace)
        .withLabels(new TreeMap<>(Map.of(Labels.MANAGED_BY, "agentc", Labels.PART_OF, plan.dnsName()))).build());
    s.setAdditionalProperty("type", "Opaque");
    Map<String, String> data = new TreeMap<>();
    values.forEach((k, v) -> data.put(k, Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
    s.setAdditionalProperty("data", data);
    return s;
  }
}
