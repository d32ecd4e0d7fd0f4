package fin.main.acceptance;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ResourceArgs;
import java.util.Map;

/**
 * A Kubernetes custom resource. pulumi-kubernetes 4.0.0 has no {@code apiextensions.CustomResource}, so this
 * registers its type token, {@code kubernetes:<group>/<version>:<Kind>}, which the provider serves for any kind.
 */
public final class KubernetesCustomResource extends CustomResource {
    /**
     * A resource named {@code name} of the Kubernetes object these fields describe.
     */
    public KubernetesCustomResource(String name, String apiVersion, String kind,
            ObjectMetaArgs metadata, Map<String, Object> spec, CustomResourceOptions options) {
        super("kubernetes:" + apiVersion + ":" + kind, name, new Args(apiVersion, kind, metadata, spec), options);
    }

    private static final class Args extends ResourceArgs {
        @Import(
                name = "apiVersion",
                required = true
        )
        private final Output<String> apiVersion;

        @Import(
                name = "kind",
                required = true
        )
        private final Output<String> kind;

        @Import(
                name = "metadata",
                required = true
        )
        private final Output<ObjectMetaArgs> metadata;

        @Import(
                name = "spec",
                required = true
        )
        private final Output<Map<String, Object>> spec;

        Args(String apiVersion, String kind, ObjectMetaArgs metadata, Map<String, Object> spec) {
            this.apiVersion = Output.of(apiVersion);
            this.kind = Output.of(kind);
            this.metadata = Output.of(metadata);
            this.spec = Output.of(spec);
        }
    }
}
