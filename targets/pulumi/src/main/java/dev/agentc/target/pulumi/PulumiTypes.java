package dev.agentc.target.pulumi;

import com.palantir.javapoet.ClassName;
import java.util.Map;
import java.util.Set;

/**
 * Where pulumi-kubernetes keeps the class for a fabric8 model class. Both SDKs are generated from
 * the Kubernetes OpenAPI schema and keep its type names: fabric8's package is the API group
 * (`apps`, `autoscaling.v2`; the core group and `meta/v1` share the root package), pulumi's is
 * `com.pulumi.kubernetes.<group>.<version>`, with resources at its top and everything else in
 * `inputs` with an `Args` suffix.
 */
final class PulumiTypes {
  private static final String FABRIC8 = "io.fabric8.kubernetes.api.model";
  private static final String PULUMI = "com.pulumi.kubernetes";
  /** The `meta/v1` types fabric8 keeps in its root package beside the core group. */
  private static final Set<String> META = Set.of("ObjectMeta", "LabelSelector", "LabelSelectorRequirement");
  /**
   * Types fabric8 (Kubernetes 1.31) names differently from pulumi-kubernetes 4.0.0 (Kubernetes
   * 1.27): a claim's `resources` became `VolumeResourceRequirements` in 1.29, with the same fields.
   */
  private static final Map<String, String> RENAMED = Map.of("VolumeResourceRequirements", "ResourceRequirements");

  static final ClassName PROVIDER = ClassName.get(PULUMI, "Provider");
  static final ClassName PROVIDER_ARGS = ClassName.get(PULUMI, "ProviderArgs");
  static final ClassName OBJECT_META_ARGS = ClassName.get(PULUMI + ".meta.v1.inputs", "ObjectMetaArgs");
  static final ClassName SECRET = ClassName.get(PULUMI + ".core.v1", "Secret");
  static final ClassName SECRET_ARGS = ClassName.get(PULUMI + ".core.v1", "SecretArgs");

  private PulumiTypes() {}

  /** The resource class of a top-level fabric8 object class (`apps.Deployment` → `apps.v1.Deployment`). */
  static ClassName resource(Class<?> fabric8) { return ClassName.get(groupVersion(fabric8), fabric8.getSimpleName()); }

  /** The arguments class a resource is built from (`DeploymentArgs`). */
  static ClassName resourceArgs(Class<?> fabric8) { return ClassName.get(groupVersion(fabric8), fabric8.getSimpleName() + "Args"); }

  /** The arguments class of a nested fabric8 type (`PodSpec` → `core.v1.inputs.PodSpecArgs`). */
  static ClassName inputArgs(Class<?> fabric8) {
    String name = fabric8.getSimpleName();
    return ClassName.get(groupVersion(fabric8) + ".inputs", RENAMED.getOrDefault(name, name) + "Args");
  }

  private static String groupVersion(Class<?> fabric8) {
    String pkg = fabric8.getPackageName();
    if (!pkg.startsWith(FABRIC8)) throw new IllegalArgumentException("not a fabric8 model class: " + fabric8.getName());
    if (pkg.equals(FABRIC8)) return PULUMI + (META.contains(fabric8.getSimpleName()) ? ".meta.v1" : ".core.v1");
    String group = pkg.substring(FABRIC8.length() + 1);
    String last = group.substring(group.lastIndexOf('.') + 1);
    return PULUMI + "." + group + (last.matches("v\\d+((alpha|beta)\\d+)?") ? "" : ".v1");
  }
}
