package dev.agentc.target.pulumi;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The generated program's class for custom resources (KEDA, Argo Rollouts, Gateway API, Envoy
 * Gateway, Cilium). pulumi-kubernetes 4.0.0 has no `apiextensions.CustomResource`, so this
 * registers a plain {@code com.pulumi.resources.CustomResource} with the type token that class
 * uses, `kubernetes:<group>/<version>:<Kind>`, which the Kubernetes provider serves for any kind.
 */
final class CustomResourceClass {
  static final String NAME = "KubernetesCustomResource";
  private static final ClassName OUTPUT = ClassName.get("com.pulumi.core", "Output");
  private static final ClassName IMPORT = ClassName.get("com.pulumi.core.annotations", "Import");
  private static final ClassName CUSTOM_RESOURCE = ClassName.get("com.pulumi.resources", "CustomResource");
  private static final ClassName OPTIONS = ClassName.get("com.pulumi.resources", "CustomResourceOptions");
  private static final ClassName RESOURCE_ARGS = ClassName.get("com.pulumi.resources", "ResourceArgs");
  private static final TypeName SPEC = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT);

  /** The fields of the resource's inputs: the fields of its Kubernetes object. */
  private record Field(String name, TypeName type) {}

  private static final List<Field> FIELDS = List.of(new Field("apiVersion", ClassName.get(String.class)),
      new Field("kind", ClassName.get(String.class)), new Field("metadata", PulumiTypes.OBJECT_META_ARGS), new Field("spec", SPEC));

  private CustomResourceClass() {}

  static TypeSpec of(String packageName) {
    ClassName self = ClassName.get(packageName, NAME);
    ClassName args = self.nestedClass("Args");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("A resource named {@code name} of the Kubernetes object these fields describe.\n")
        .addParameter(String.class, "name");
    FIELDS.forEach(f -> constructor.addParameter(f.type(), f.name()));
    constructor.addParameter(OPTIONS, "options")
        .addStatement("super($S + apiVersion + $S + kind, name, new $T(apiVersion, kind, metadata, spec), options)", "kubernetes:", ":", args);
    return TypeSpec.classBuilder(NAME).addModifiers(Modifier.PUBLIC, Modifier.FINAL).superclass(CUSTOM_RESOURCE)
        .addJavadoc("A Kubernetes custom resource. pulumi-kubernetes 4.0.0 has no {@code apiextensions.CustomResource}, so this\n"
            + "registers its type token, {@code kubernetes:<group>/<version>:<Kind>}, which the provider serves for any kind.\n")
        .addMethod(constructor.build())
        .addType(argsClass(args))
        .build();
  }

  private static TypeSpec argsClass(ClassName args) {
    TypeSpec.Builder b = TypeSpec.classBuilder(args).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).superclass(RESOURCE_ARGS);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (Field f : FIELDS) {
      b.addField(FieldSpec.builder(ParameterizedTypeName.get(OUTPUT, f.type()), f.name(), Modifier.PRIVATE, Modifier.FINAL)
          .addAnnotation(AnnotationSpec.builder(IMPORT).addMember("name", "$S", f.name()).addMember("required", "true").build())
          .build());
      constructor.addParameter(f.type(), f.name()).addStatement("this.$N = $T.of($N)", f.name(), OUTPUT, f.name());
    }
    return b.addMethod(constructor.build()).build();
  }
}
