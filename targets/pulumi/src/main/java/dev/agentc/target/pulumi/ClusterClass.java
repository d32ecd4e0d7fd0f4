package dev.agentc.target.pulumi;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.agentc.ir.EnvVar;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Workload;
import dev.agentc.target.kubernetes.KubernetesObjects;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * The class that creates one cluster's objects: its Kubernetes provider (the cluster's kube
 * context, read from the stack's config), the Namespace, the deploy's Secret filled from the
 * stack's encrypted config, the quota, then one method per workload creating that workload's
 * objects. Every namespaced object waits for the Namespace.
 */
final class ClusterClass {
  static final ClassName CONFIG = ClassName.get("com.pulumi", "Config");
  private static final ClassName OPTIONS = ClassName.get("com.pulumi.resources", "CustomResourceOptions");
  /** The label every object carries with the workload it belongs to (the deploy, for shared objects). */
  private static final String NAME_LABEL = "app.kubernetes.io/name";

  private final Plan plan;
  private final ResourceCode code;
  private final ClassName secrets;

  ClusterClass(Plan plan, ResourceCode code, ClassName secrets) {
    this.plan = plan;
    this.code = code;
    this.secrets = secrets;
  }

  /** The stack config key holding a cluster's kube context. */
  static String contextKey(KubernetesObjects.Cluster cluster) { return "context-" + cluster.name(); }

  /** The secret keys the cluster's workloads read, sorted. */
  static SortedSet<String> secretKeys(KubernetesObjects.Cluster cluster) {
    SortedSet<String> keys = new TreeSet<>();
    for (Workload w : cluster.workloads()) {
      for (EnvVar v : w.container().env()) if (v.value() instanceof EnvVar.Value.Secret s) keys.add(s.key());
    }
    return keys;
  }

  TypeSpec of(KubernetesObjects.Cluster cluster, String className) {
    String prefix = cluster.name() + "/";
    Map<String, List<HasMetadata>> byWorkload = new LinkedHashMap<>();
    cluster.workloads().forEach(w -> byWorkload.put(w.name(), new ArrayList<>()));
    List<HasMetadata> shared = new ArrayList<>();
    HasMetadata namespace = null;
    for (HasMetadata o : cluster.objects()) {
      List<HasMetadata> own = byWorkload.get(o.getMetadata().getLabels().get(NAME_LABEL));
      if (o instanceof Namespace) namespace = o;
      else if (own != null) own.add(o);
      else shared.add(o);
    }
    if (namespace == null) throw new IllegalStateException("cluster " + cluster.name() + " has no Namespace");

    MethodSpec.Builder create = MethodSpec.methodBuilder("create").addModifiers(Modifier.STATIC)
        .addJavadoc("Creates the cluster's objects through its own provider.\n").addParameter(CONFIG, "config");
    CodeBlock providerArgs = cluster.context().isEmpty() ? CodeBlock.of("$T.builder().build()", PulumiTypes.PROVIDER_ARGS)
        : CodeBlock.of("$T.builder().context(config.require($S)).build()", PulumiTypes.PROVIDER_ARGS, contextKey(cluster));
    create.addStatement("$T provider = new $T($S, $L)", PulumiTypes.PROVIDER, PulumiTypes.PROVIDER, cluster.name(), providerArgs)
        .addStatement("$T inCluster = $T.builder().provider(provider).build()", OPTIONS, OPTIONS)
        .addCode("$T namespace = $L;\n", PulumiTypes.resource(Namespace.class), code.create(namespace, prefix + namespace.getMetadata().getName(), "inCluster"))
        .addStatement("$T inNamespace = $T.builder().provider(provider).dependsOn(namespace).build()", OPTIONS, OPTIONS);
    SortedSet<String> keys = secretKeys(cluster);
    if (!keys.isEmpty()) create.addCode("$L;\n", secret(prefix, keys));
    shared.forEach(o -> create.addCode("$L;\n", code.create(o, prefix + o.getMetadata().getName(), "inNamespace")));

    TypeSpec.Builder type = TypeSpec.classBuilder(className).addModifiers(Modifier.FINAL)
        .addJavadoc(cluster.context().isEmpty() ? CodeBlock.of("The objects of the deploy's one cluster, the kubeconfig's current context.\n")
            : CodeBlock.of("The objects of kube context {@code $L} (stack config {@code $L}).\n", cluster.context(), contextKey(cluster)))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    Set<String> methods = new HashSet<>();
    List<MethodSpec> workloadMethods = new ArrayList<>();
    byWorkload.forEach((workload, objects) -> {
      if (objects.isEmpty()) return;
      String name = unique("create" + JavaNames.upperCamel(workload), methods);
      create.addStatement("$L(inNamespace)", name);
      MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addJavadoc("The objects of workload {@code $L}.\n", workload).addParameter(OPTIONS, "options");
      objects.forEach(o -> m.addCode("$L;\n", code.create(o, prefix + o.getMetadata().getName(), "options")));
      workloadMethods.add(m.build());
    });
    return type.addMethod(create.build()).addMethods(workloadMethods).build();
  }

  /** The deploy's Secret, its values read from the stack's encrypted config. */
  private CodeBlock secret(String prefix, SortedSet<String> keys) {
    HasMetadata secret = new SecretBuilder().withMetadata(KubernetesObjects.secretMetadata(plan)).withType("Opaque").build();
    CodeBlock values = CodeBlock.builder().add(".stringData($T.values(config", secrets)
        .add(CodeBlock.join(keys.stream().map(k -> CodeBlock.of(", $S", k)).toList(), "")).add("))").build();
    return CodeBlock.of("new $T($S, $L, inNamespace)", PulumiTypes.SECRET, prefix + plan.secretObjectName(),
        code.args(PulumiTypes.SECRET_ARGS, secret, values));
  }

  /** {@code name}, or {@code name2}, {@code name3} … when taken. */
  static String unique(String name, Set<String> taken) {
    String out = name;
    for (int i = 2; !taken.add(out); i++) out = name + i;
    return out;
  }
}
