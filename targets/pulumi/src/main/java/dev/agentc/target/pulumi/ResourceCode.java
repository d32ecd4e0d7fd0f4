package dev.agentc.target.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.agentc.target.kubernetes.KubernetesObjects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Set;

/**
 * The statement that creates one Kubernetes object as a pulumi-kubernetes resource: the typed
 * resource class of its kind, or {@link CustomResourceClass} for a custom resource. `apiVersion`
 * and `kind` are not written: the resource classes set them.
 */
final class ResourceCode {
  private static final Set<String> SET_BY_RESOURCE = Set.of("apiVersion", "kind");
  /** The fields of a custom resource object: the Kubernetes target gives them nothing but a spec. */
  private static final Set<String> CUSTOM_FIELDS = Set.of("apiVersion", "kind", "metadata", "spec");

  private final ArgsCode args = new ArgsCode();
  private final ClassName customResource;

  ResourceCode(String packageName) { this.customResource = ClassName.get(packageName, CustomResourceClass.NAME); }

  /** `new Kind("<name>", KindArgs.builder()….build(), options);` */
  CodeBlock create(HasMetadata object, String name, String options) {
    JsonNode tree = KubernetesObjects.tree(object);
    if (object instanceof GenericKubernetesResource) {
      tree.fieldNames().forEachRemaining(f -> {
        if (!CUSTOM_FIELDS.contains(f)) throw new IllegalStateException("custom resource field `" + f + "` has no place in " + CustomResourceClass.NAME);
      });
      return CodeBlock.builder().add("new $T($S, $S, $S,$>\n", customResource, name, object.getApiVersion(), object.getKind())
          .add(metadata(tree.get("metadata"))).add(",\n").add(ArgsCode.literal(tree.get("spec"))).add(",\n$L)$<", options).build();
    }
    return CodeBlock.builder().add("new $T($S, ", PulumiTypes.resource(object.getClass()), name)
        .add(args(PulumiTypes.resourceArgs(object.getClass()), object)).add(", $L)", options).build();
  }

  /** `KindArgs.builder()….build()` for a typed object, then {@code more} calls for fields it does not hold. */
  CodeBlock args(ClassName argsClass, HasMetadata object, CodeBlock... more) {
    return args.builder(argsClass, KubernetesObjects.tree(object), object.getClass(), SET_BY_RESOURCE, more);
  }

  /** `ObjectMetaArgs.builder()….build()` for an object's metadata. */
  CodeBlock metadata(JsonNode metadata) { return args.builder(PulumiTypes.OBJECT_META_ARGS, metadata, ObjectMeta.class, Set.of()); }
}
