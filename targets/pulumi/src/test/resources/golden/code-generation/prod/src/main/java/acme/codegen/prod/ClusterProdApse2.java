package acme.codegen.prod;

import com.pulumi.Config;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.kubernetes.apps.v1.Deployment;
import com.pulumi.kubernetes.apps.v1.DeploymentArgs;
import com.pulumi.kubernetes.apps.v1.StatefulSet;
import com.pulumi.kubernetes.apps.v1.StatefulSetArgs;
import com.pulumi.kubernetes.apps.v1.inputs.DeploymentSpecArgs;
import com.pulumi.kubernetes.apps.v1.inputs.DeploymentStrategyArgs;
import com.pulumi.kubernetes.apps.v1.inputs.RollingUpdateDeploymentArgs;
import com.pulumi.kubernetes.apps.v1.inputs.StatefulSetSpecArgs;
import com.pulumi.kubernetes.autoscaling.v2.HorizontalPodAutoscaler;
import com.pulumi.kubernetes.autoscaling.v2.HorizontalPodAutoscalerArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.CrossVersionObjectReferenceArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.HorizontalPodAutoscalerSpecArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.MetricSpecArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.MetricTargetArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.ResourceMetricSourceArgs;
import com.pulumi.kubernetes.core.v1.LimitRange;
import com.pulumi.kubernetes.core.v1.LimitRangeArgs;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.core.v1.ResourceQuota;
import com.pulumi.kubernetes.core.v1.ResourceQuotaArgs;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.core.v1.Service;
import com.pulumi.kubernetes.core.v1.ServiceAccount;
import com.pulumi.kubernetes.core.v1.ServiceAccountArgs;
import com.pulumi.kubernetes.core.v1.ServiceArgs;
import com.pulumi.kubernetes.core.v1.inputs.CapabilitiesArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerPortArgs;
import com.pulumi.kubernetes.core.v1.inputs.ExecActionArgs;
import com.pulumi.kubernetes.core.v1.inputs.HTTPGetActionArgs;
import com.pulumi.kubernetes.core.v1.inputs.LimitRangeItemArgs;
import com.pulumi.kubernetes.core.v1.inputs.LimitRangeSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PersistentVolumeClaimArgs;
import com.pulumi.kubernetes.core.v1.inputs.PersistentVolumeClaimSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodTemplateSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ProbeArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceQuotaSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceRequirementsArgs;
import com.pulumi.kubernetes.core.v1.inputs.SeccompProfileArgs;
import com.pulumi.kubernetes.core.v1.inputs.SecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.ServicePortArgs;
import com.pulumi.kubernetes.core.v1.inputs.ServiceSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.TolerationArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeMountArgs;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.networking.v1.NetworkPolicy;
import com.pulumi.kubernetes.networking.v1.NetworkPolicyArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyEgressRuleArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyPeerArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyPortArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicySpecArgs;
import com.pulumi.kubernetes.policy.v1.PodDisruptionBudget;
import com.pulumi.kubernetes.policy.v1.PodDisruptionBudgetArgs;
import com.pulumi.kubernetes.policy.v1.inputs.PodDisruptionBudgetSpecArgs;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;

/**
 * The objects of kube context {@code prod-apse2} (stack config {@code context-prod-apse2}).
 */
final class ClusterProdApse2 {
    private ClusterProdApse2() {
    }

    /**
     * Creates the cluster's objects through its own provider.
     */
    static void create(Config config) {
        Provider provider = new Provider("prod-apse2", ProviderArgs.builder().context(config.require("context-prod-apse2")).build());
        CustomResourceOptions inCluster = CustomResourceOptions.builder().provider(provider).build();
        Namespace namespace = new Namespace("prod-apse2/codegen", NamespaceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "prod",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "prod",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("codegen")
                .build())
            .build(), inCluster);
        CustomResourceOptions inNamespace = CustomResourceOptions.builder().provider(provider).dependsOn(namespace).build();
        new Secret("prod-apse2/prod-secrets", SecretArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "prod",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "prod",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("prod-secrets")
                .namespace("codegen")
                .build())
            .type("Opaque")
            .stringData(Secrets.values(config, "github-token"))
            .build(), inNamespace);
        new ResourceQuota("prod-apse2/prod-budget", ResourceQuotaArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "prod",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "prod",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("prod-budget")
                .namespace("codegen")
                .build())
            .spec(ResourceQuotaSpecArgs.builder()
                .hard(Map.of(
                    "pods", "208",
                    "requests.cpu", "440750m",
                    "requests.memory", "1147648Mi",
                    "requests.nvidia.com/gpu", "5"))
                .build())
            .build(), inNamespace);
        new LimitRange("prod-apse2/prod-defaults", LimitRangeArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "prod",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "prod",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("prod-defaults")
                .namespace("codegen")
                .build())
            .spec(LimitRangeSpecArgs.builder()
                .limits(LimitRangeItemArgs.builder()
                    .defaultRequest(Map.of(
                        "cpu", "250m",
                        "memory", "256Mi"))
                    .type("Container")
                    .build())
                .build())
            .build(), inNamespace);
        createCodeIndex(inNamespace);
        createCodegen(inNamespace);
        createQwenCoderModel(inNamespace);
        createSessions(inNamespace);
    }

    /**
     * The objects of workload {@code code-index}.
     */
    private static void createCodeIndex(CustomResourceOptions options) {
        new ServiceAccount("prod-apse2/code-index", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "code-index",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "code-index",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("code-index")
                .namespace("codegen")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("prod-apse2/code-index", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "code-index",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "code-index",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("code-index")
                .namespace("codegen")
                .build())
            .spec(ServiceSpecArgs.builder()
                .clusterIP("None")
                .ports(ServicePortArgs.builder()
                    .name("http")
                    .port(6333)
                    .protocol("TCP")
                    .targetPort("http")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "code-index"))
                .build())
            .build(), options);
        new StatefulSet("prod-apse2/code-index", StatefulSetArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "code-index",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "code-index",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("code-index")
                .namespace("codegen")
                .build())
            .spec(StatefulSetSpecArgs.builder()
                .replicas(2)
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "code-index"))
                    .build())
                .serviceName("code-index")
                .template(PodTemplateSpecArgs.builder()
                    .metadata(ObjectMetaArgs.builder()
                        .labels(Map.of(
                            "app", "code-index",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "code-index",
                            "app.kubernetes.io/part-of", "prod",
                            "env", "prod",
                            "team", "acme.codegen"))
                        .build())
                    .spec(PodSpecArgs.builder()
                        .automountServiceAccountToken(false)
                        .containers(ContainerArgs.builder()
                            .image("qdrant/qdrant:v1.12.5")
                            .name("code-index")
                            .ports(ContainerPortArgs.builder()
                                .containerPort(6333)
                                .name("http")
                                .protocol("TCP")
                                .build())
                            .readinessProbe(ProbeArgs.builder()
                                .httpGet(HTTPGetActionArgs.builder()
                                    .path("/readyz")
                                    .port("http")
                                    .build())
                                .build())
                            .securityContext(SecurityContextArgs.builder()
                                .allowPrivilegeEscalation(false)
                                .capabilities(CapabilitiesArgs.builder()
                                    .add("CHOWN", "DAC_OVERRIDE", "FOWNER", "SETGID", "SETUID")
                                    .drop("ALL")
                                    .build())
                                .build())
                            .volumeMounts(VolumeMountArgs.builder()
                                .mountPath("/qdrant/storage")
                                .name("data")
                                .build())
                            .build())
                        .enableServiceLinks(false)
                        .securityContext(PodSecurityContextArgs.builder()
                            .seccompProfile(SeccompProfileArgs.builder()
                                .type("RuntimeDefault")
                                .build())
                            .build())
                        .serviceAccountName("code-index")
                        .build())
                    .build())
                .volumeClaimTemplates(PersistentVolumeClaimArgs.builder()
                    .apiVersion("v1")
                    .kind("PersistentVolumeClaim")
                    .metadata(ObjectMetaArgs.builder()
                        .labels(Map.of(
                            "app", "code-index",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "code-index",
                            "app.kubernetes.io/part-of", "prod",
                            "env", "prod",
                            "team", "acme.codegen"))
                        .name("data")
                        .build())
                    .spec(PersistentVolumeClaimSpecArgs.builder()
                        .accessModes("ReadWriteOnce")
                        .resources(ResourceRequirementsArgs.builder()
                            .requests(Map.of("storage", "100Gi"))
                            .build())
                        .build())
                    .build())
                .build())
            .build(), options);
        new PodDisruptionBudget("prod-apse2/code-index", PodDisruptionBudgetArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "code-index",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "code-index",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("code-index")
                .namespace("codegen")
                .build())
            .spec(PodDisruptionBudgetSpecArgs.builder()
                .maxUnavailable(1)
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "code-index"))
                    .build())
                .unhealthyPodEvictionPolicy("AlwaysAllow")
                .build())
            .build(), options);
        new NetworkPolicy("prod-apse2/code-index-egress", NetworkPolicyArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "code-index",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "code-index",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("code-index-egress")
                .namespace("codegen")
                .build())
            .spec(NetworkPolicySpecArgs.builder()
                .egress(
                    NetworkPolicyEgressRuleArgs.builder()
                        .ports(
                            NetworkPolicyPortArgs.builder()
                                .port(53)
                                .protocol("UDP")
                                .build(),
                            NetworkPolicyPortArgs.builder()
                                .port(53)
                                .protocol("TCP")
                                .build())
                        .to(NetworkPolicyPeerArgs.builder()
                            .namespaceSelector(LabelSelectorArgs.builder()
                                .matchLabels(Map.of("kubernetes.io/metadata.name", "kube-system"))
                                .build())
                            .podSelector(LabelSelectorArgs.builder()
                                .matchLabels(Map.of("k8s-app", "kube-dns"))
                                .build())
                            .build())
                        .build(),
                    NetworkPolicyEgressRuleArgs.builder()
                        .to(NetworkPolicyPeerArgs.builder()
                            .podSelector(LabelSelectorArgs.builder()
                                .matchLabels(Map.of("app.kubernetes.io/name", "code-index"))
                                .build())
                            .build())
                        .build())
                .podSelector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "code-index"))
                    .build())
                .policyTypes("Egress")
                .build())
            .build(), options);
    }

    /**
     * The objects of workload {@code codegen}.
     */
    private static void createCodegen(CustomResourceOptions options) {
        new ServiceAccount("prod-apse2/codegen", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "codegen",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "codegen",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("codegen")
                .namespace("codegen")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("prod-apse2/codegen", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "codegen",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "codegen",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("codegen")
                .namespace("codegen")
                .build())
            .spec(ServiceSpecArgs.builder()
                .ports(ServicePortArgs.builder()
                    .name("http")
                    .port(80)
                    .protocol("TCP")
                    .targetPort("http")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "codegen"))
                .build())
            .build(), options);
        new Service("prod-apse2/codegen-canary", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "codegen",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "codegen",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("codegen-canary")
                .namespace("codegen")
                .build())
            .spec(ServiceSpecArgs.builder()
                .ports(ServicePortArgs.builder()
                    .name("http")
                    .port(80)
                    .protocol("TCP")
                    .targetPort("http")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "codegen"))
                .build())
            .build(), options);
        new KubernetesCustomResource("prod-apse2/codegen", "argoproj.io/v1alpha1", "Rollout",
            ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "codegen",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "codegen",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("codegen")
                .namespace("codegen")
                .build(),
            Map.<String, Object>of(
                "selector", Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "codegen")),
                "strategy", Map.<String, Object>of("canary", Map.<String, Object>of(
                    "canaryService", "codegen-canary",
                    "stableService", "codegen",
                    "steps", List.<Object>of(Map.<String, Object>of("setWeight", 5), Map.<String, Object>of("pause", Map.<String, Object>of("duration", "15m")), Map.<String, Object>of("setWeight", 25), Map.<String, Object>of("pause", Map.<String, Object>of("duration", "15m")), Map.<String, Object>of("setWeight", 50), Map.<String, Object>of("pause", Map.<String, Object>of("duration", "15m"))),
                    "trafficRouting", Map.<String, Object>of("plugins", Map.<String, Object>of("argoproj-labs/gatewayAPI", Map.<String, Object>of(
                        "httpRoute", "codegen",
                        "namespace", "codegen"))))),
                "template", Map.<String, Object>of(
                    "metadata", Map.<String, Object>of("labels", Map.<String, Object>of(
                        "app", "codegen",
                        "app.kubernetes.io/managed-by", "agentc",
                        "app.kubernetes.io/name", "codegen",
                        "app.kubernetes.io/part-of", "prod",
                        "env", "prod",
                        "team", "acme.codegen")),
                    "spec", Map.<String, Object>of(
                        "affinity", Map.<String, Object>of("nodeAffinity", Map.<String, Object>of(
                            "preferredDuringSchedulingIgnoredDuringExecution", List.<Object>of(Map.<String, Object>of(
                                "preference", Map.<String, Object>of("matchExpressions", List.<Object>of(Map.<String, Object>of(
                                    "key", "karpenter.sh/capacity-type",
                                    "operator", "In",
                                    "values", List.<Object>of("spot")))),
                                "weight", 100)),
                            "requiredDuringSchedulingIgnoredDuringExecution", Map.<String, Object>of("nodeSelectorTerms", List.<Object>of(Map.<String, Object>of("matchExpressions", List.<Object>of(Map.<String, Object>of(
                                "key", "karpenter.sh/capacity-type",
                                "operator", "In",
                                "values", List.<Object>of("spot", "on-demand")))))))),
                        "automountServiceAccountToken", false,
                        "containers", List.<Object>of(Map.<String, Object>of(
                            "env", List.<Object>of(
                                Map.<String, Object>of(
                                    "name", "LOG_LEVEL",
                                    "value", "INFO"),
                                Map.<String, Object>of(
                                    "name", "GITHUB_TOKEN",
                                    "valueFrom", Map.<String, Object>of("secretKeyRef", Map.<String, Object>of(
                                        "key", "github-token",
                                        "name", "prod-secrets"))),
                                Map.<String, Object>of(
                                    "name", "QWEN_CODER_URL",
                                    "value", "http://qwen-coder-model:80"),
                                Map.<String, Object>of(
                                    "name", "SESSIONS_URL",
                                    "value", "redis://sessions:6379"),
                                Map.<String, Object>of(
                                    "name", "CODE_INDEX_URL",
                                    "value", "http://code-index:6333"),
                                Map.<String, Object>of(
                                    "name", "GITHUB_URL",
                                    "value", "https://api.github.com"),
                                Map.<String, Object>of(
                                    "name", "AGENTC_BATCH_MAX",
                                    "value", "16"),
                                Map.<String, Object>of(
                                    "name", "AGENTC_BATCH_TIMEOUT",
                                    "value", "50ms"),
                                Map.<String, Object>of(
                                    "name", "AGENTC_TIMEOUT",
                                    "value", "120s")),
                            "image", "ghcr.io/acme/codegen-agent:3.2.1",
                            "livenessProbe", Map.<String, Object>of("httpGet", Map.<String, Object>of(
                                "path", "/healthz",
                                "port", "http")),
                            "name", "codegen",
                            "ports", List.<Object>of(Map.<String, Object>of(
                                "containerPort", 8080,
                                "name", "http",
                                "protocol", "TCP")),
                            "readinessProbe", Map.<String, Object>of("httpGet", Map.<String, Object>of(
                                "path", "/readyz",
                                "port", "http")),
                            "resources", Map.<String, Object>of(
                                "limits", Map.<String, Object>of("memory", "4Gi"),
                                "requests", Map.<String, Object>of(
                                    "cpu", "2",
                                    "ephemeral-storage", "10Gi",
                                    "memory", "4Gi")),
                            "securityContext", Map.<String, Object>of(
                                "allowPrivilegeEscalation", false,
                                "capabilities", Map.<String, Object>of("drop", List.<Object>of("ALL"))))),
                        "enableServiceLinks", false,
                        "securityContext", Map.<String, Object>of(
                            "runAsNonRoot", true,
                            "seccompProfile", Map.<String, Object>of("type", "RuntimeDefault")),
                        "serviceAccountName", "codegen"))),
            options);
        new KubernetesCustomResource("prod-apse2/codegen", "keda.sh/v1alpha1", "ScaledObject",
            ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "codegen",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "codegen",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("codegen")
                .namespace("codegen")
                .build(),
            Map.<String, Object>of(
                "advanced", Map.<String, Object>of("horizontalPodAutoscalerConfig", Map.<String, Object>of("behavior", Map.<String, Object>of(
                    "scaleDown", Map.<String, Object>of("stabilizationWindowSeconds", 600),
                    "scaleUp", Map.<String, Object>of("policies", List.<Object>of(Map.<String, Object>of(
                        "periodSeconds", 60,
                        "type", "Pods",
                        "value", 4)))))),
                "maxReplicaCount", 100,
                "minReplicaCount", 10,
                "scaleTargetRef", Map.<String, Object>of(
                    "apiVersion", "argoproj.io/v1alpha1",
                    "kind", "Rollout",
                    "name", "codegen"),
                "triggers", List.<Object>of(
                    Map.<String, Object>of(
                        "metadata", Map.<String, Object>of(
                            "query", "sum(rate(http_requests_total{namespace=\"codegen\",service=\"codegen\"}[2m]))",
                            "serverAddress", "http://prometheus-operated.monitoring.svc:9090",
                            "threshold", "40"),
                        "type", "prometheus"),
                    Map.<String, Object>of(
                        "metadata", Map.<String, Object>of("value", "70"),
                        "metricType", "Utilization",
                        "type", "cpu"),
                    Map.<String, Object>of(
                        "metadata", Map.<String, Object>of(
                            "desiredReplicas", "20",
                            "end", "0 8 * * 1-5",
                            "start", "0 7 * * 1-5",
                            "timezone", "Etc/UTC"),
                        "type", "cron"))),
            options);
        new PodDisruptionBudget("prod-apse2/codegen", PodDisruptionBudgetArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "codegen",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "codegen",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("codegen")
                .namespace("codegen")
                .build())
            .spec(PodDisruptionBudgetSpecArgs.builder()
                .maxUnavailable(1)
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "codegen"))
                    .build())
                .unhealthyPodEvictionPolicy("AlwaysAllow")
                .build())
            .build(), options);
        new KubernetesCustomResource("prod-apse2/codegen-egress", "cilium.io/v2", "CiliumNetworkPolicy",
            ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "codegen",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "codegen",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("codegen-egress")
                .namespace("codegen")
                .build(),
            Map.<String, Object>of(
                "egress", List.<Object>of(
                    Map.<String, Object>of(
                        "toEndpoints", List.<Object>of(Map.<String, Object>of("matchLabels", Map.<String, Object>of(
                            "k8s:io.kubernetes.pod.namespace", "kube-system",
                            "k8s:k8s-app", "kube-dns"))),
                        "toPorts", List.<Object>of(Map.<String, Object>of(
                            "ports", List.<Object>of(Map.<String, Object>of(
                                "port", "53",
                                "protocol", "ANY")),
                            "rules", Map.<String, Object>of("dns", List.<Object>of(Map.<String, Object>of("matchPattern", "*")))))),
                    Map.<String, Object>of(
                        "toEndpoints", List.<Object>of(Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "qwen-coder-model"))),
                        "toPorts", List.<Object>of(Map.<String, Object>of("ports", List.<Object>of(Map.<String, Object>of(
                            "port", "8000",
                            "protocol", "TCP"))))),
                    Map.<String, Object>of(
                        "toEndpoints", List.<Object>of(Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "sessions"))),
                        "toPorts", List.<Object>of(Map.<String, Object>of("ports", List.<Object>of(Map.<String, Object>of(
                            "port", "6379",
                            "protocol", "TCP"))))),
                    Map.<String, Object>of(
                        "toEndpoints", List.<Object>of(Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "code-index"))),
                        "toPorts", List.<Object>of(Map.<String, Object>of("ports", List.<Object>of(Map.<String, Object>of(
                            "port", "6333",
                            "protocol", "TCP"))))),
                    Map.<String, Object>of(
                        "toFQDNs", List.<Object>of(Map.<String, Object>of("matchName", "api.github.com")),
                        "toPorts", List.<Object>of(Map.<String, Object>of("ports", List.<Object>of(Map.<String, Object>of(
                            "port", "443",
                            "protocol", "TCP")))))),
                "endpointSelector", Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "codegen"))),
            options);
        new KubernetesCustomResource("prod-apse2/codegen", "gateway.networking.k8s.io/v1", "HTTPRoute",
            ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "codegen",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "codegen",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("codegen")
                .namespace("codegen")
                .build(),
            Map.<String, Object>of(
                "hostnames", List.<Object>of("codegen.acme.dev"),
                "parentRefs", List.<Object>of(Map.<String, Object>of(
                    "name", "public-gw",
                    "namespace", "infra")),
                "rules", List.<Object>of(Map.<String, Object>of(
                    "backendRefs", List.<Object>of(
                        Map.<String, Object>of(
                            "name", "codegen",
                            "port", 80,
                            "weight", 100),
                        Map.<String, Object>of(
                            "name", "codegen-canary",
                            "port", 80,
                            "weight", 0)),
                    "matches", List.<Object>of(Map.<String, Object>of("path", Map.<String, Object>of(
                        "type", "PathPrefix",
                        "value", "/v1")))))),
            options);
        new KubernetesCustomResource("prod-apse2/codegen", "gateway.envoyproxy.io/v1alpha1", "BackendTrafficPolicy",
            ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "codegen",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "codegen",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("codegen")
                .namespace("codegen")
                .build(),
            Map.<String, Object>of(
                "rateLimit", Map.<String, Object>of(
                    "global", Map.<String, Object>of("rules", List.<Object>of(Map.<String, Object>of(
                        "clientSelectors", List.<Object>of(Map.<String, Object>of("sourceCIDR", Map.<String, Object>of(
                            "type", "Distinct",
                            "value", "0.0.0.0/0"))),
                        "limit", Map.<String, Object>of(
                            "requests", 600,
                            "unit", "Minute")))),
                    "type", "Global"),
                "targetRefs", List.<Object>of(Map.<String, Object>of(
                    "group", "gateway.networking.k8s.io",
                    "kind", "HTTPRoute",
                    "name", "codegen"))),
            options);
    }

    /**
     * The objects of workload {@code qwen-coder-model}.
     */
    private static void createQwenCoderModel(CustomResourceOptions options) {
        new ServiceAccount("prod-apse2/qwen-coder-model", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "qwen-coder-model",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "qwen-coder-model",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("qwen-coder-model")
                .namespace("codegen")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("prod-apse2/qwen-coder-model", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "qwen-coder-model",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "qwen-coder-model",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("qwen-coder-model")
                .namespace("codegen")
                .build())
            .spec(ServiceSpecArgs.builder()
                .ports(ServicePortArgs.builder()
                    .name("http")
                    .port(80)
                    .protocol("TCP")
                    .targetPort("http")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "qwen-coder-model"))
                .build())
            .build(), options);
        new Deployment("prod-apse2/qwen-coder-model", DeploymentArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "qwen-coder-model",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "qwen-coder-model",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("qwen-coder-model")
                .namespace("codegen")
                .build())
            .spec(DeploymentSpecArgs.builder()
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "qwen-coder-model"))
                    .build())
                .strategy(DeploymentStrategyArgs.builder()
                    .rollingUpdate(RollingUpdateDeploymentArgs.builder()
                        .maxSurge(1)
                        .maxUnavailable(0)
                        .build())
                    .type("RollingUpdate")
                    .build())
                .template(PodTemplateSpecArgs.builder()
                    .metadata(ObjectMetaArgs.builder()
                        .labels(Map.of(
                            "app", "qwen-coder-model",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "qwen-coder-model",
                            "app.kubernetes.io/part-of", "prod",
                            "env", "prod",
                            "team", "acme.codegen"))
                        .build())
                    .spec(PodSpecArgs.builder()
                        .automountServiceAccountToken(false)
                        .containers(ContainerArgs.builder()
                            .args("--model", "Qwen/Qwen2.5-Coder-14B-Instruct", "--port", "8000", "--dtype", "float16", "--max-model-len", "32000")
                            .image("vllm/vllm-openai:v0.6.4")
                            .livenessProbe(ProbeArgs.builder()
                                .httpGet(HTTPGetActionArgs.builder()
                                    .path("/health")
                                    .port("http")
                                    .build())
                                .build())
                            .name("qwen-coder-model")
                            .ports(ContainerPortArgs.builder()
                                .containerPort(8000)
                                .name("http")
                                .protocol("TCP")
                                .build())
                            .readinessProbe(ProbeArgs.builder()
                                .httpGet(HTTPGetActionArgs.builder()
                                    .path("/health")
                                    .port("http")
                                    .build())
                                .build())
                            .resources(ResourceRequirementsArgs.builder()
                                .limits(Map.of(
                                    "memory", "64Gi",
                                    "nvidia.com/gpu", "1"))
                                .requests(Map.of(
                                    "cpu", "8",
                                    "memory", "64Gi"))
                                .build())
                            .securityContext(SecurityContextArgs.builder()
                                .allowPrivilegeEscalation(false)
                                .capabilities(CapabilitiesArgs.builder()
                                    .drop("ALL")
                                    .build())
                                .build())
                            .startupProbe(ProbeArgs.builder()
                                .failureThreshold(180)
                                .httpGet(HTTPGetActionArgs.builder()
                                    .path("/health")
                                    .port("http")
                                    .build())
                                .periodSeconds(10)
                                .build())
                            .build())
                        .enableServiceLinks(false)
                        .nodeSelector(Map.of("nvidia.com/gpu.product", "NVIDIA-L40S"))
                        .securityContext(PodSecurityContextArgs.builder()
                            .seccompProfile(SeccompProfileArgs.builder()
                                .type("RuntimeDefault")
                                .build())
                            .build())
                        .serviceAccountName("qwen-coder-model")
                        .tolerations(TolerationArgs.builder()
                            .effect("NoSchedule")
                            .key("nvidia.com/gpu")
                            .operator("Exists")
                            .build())
                        .build())
                    .build())
                .build())
            .build(), options);
        new HorizontalPodAutoscaler("prod-apse2/qwen-coder-model", HorizontalPodAutoscalerArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "qwen-coder-model",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "qwen-coder-model",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("qwen-coder-model")
                .namespace("codegen")
                .build())
            .spec(HorizontalPodAutoscalerSpecArgs.builder()
                .maxReplicas(4)
                .metrics(MetricSpecArgs.builder()
                    .resource(ResourceMetricSourceArgs.builder()
                        .name("cpu")
                        .target(MetricTargetArgs.builder()
                            .averageUtilization(80)
                            .type("Utilization")
                            .build())
                        .build())
                    .type("Resource")
                    .build())
                .minReplicas(1)
                .scaleTargetRef(CrossVersionObjectReferenceArgs.builder()
                    .apiVersion("apps/v1")
                    .kind("Deployment")
                    .name("qwen-coder-model")
                    .build())
                .build())
            .build(), options);
    }

    /**
     * The objects of workload {@code sessions}.
     */
    private static void createSessions(CustomResourceOptions options) {
        new ServiceAccount("prod-apse2/sessions", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "sessions",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "sessions",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("sessions")
                .namespace("codegen")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("prod-apse2/sessions", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "sessions",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "sessions",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("sessions")
                .namespace("codegen")
                .build())
            .spec(ServiceSpecArgs.builder()
                .clusterIP("None")
                .ports(ServicePortArgs.builder()
                    .name("redis")
                    .port(6379)
                    .protocol("TCP")
                    .targetPort("redis")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "sessions"))
                .build())
            .build(), options);
        new StatefulSet("prod-apse2/sessions", StatefulSetArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "sessions",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "sessions",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("sessions")
                .namespace("codegen")
                .build())
            .spec(StatefulSetSpecArgs.builder()
                .replicas(1)
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "sessions"))
                    .build())
                .serviceName("sessions")
                .template(PodTemplateSpecArgs.builder()
                    .metadata(ObjectMetaArgs.builder()
                        .labels(Map.of(
                            "app", "sessions",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "sessions",
                            "app.kubernetes.io/part-of", "prod",
                            "env", "prod",
                            "team", "acme.codegen"))
                        .build())
                    .spec(PodSpecArgs.builder()
                        .automountServiceAccountToken(false)
                        .containers(ContainerArgs.builder()
                            .args("--appendonly", "yes")
                            .image("redis:7.4.1")
                            .name("sessions")
                            .ports(ContainerPortArgs.builder()
                                .containerPort(6379)
                                .name("redis")
                                .protocol("TCP")
                                .build())
                            .readinessProbe(ProbeArgs.builder()
                                .exec(ExecActionArgs.builder()
                                    .command("redis-cli", "ping")
                                    .build())
                                .build())
                            .securityContext(SecurityContextArgs.builder()
                                .allowPrivilegeEscalation(false)
                                .capabilities(CapabilitiesArgs.builder()
                                    .add("CHOWN", "DAC_OVERRIDE", "FOWNER", "SETGID", "SETUID")
                                    .drop("ALL")
                                    .build())
                                .build())
                            .volumeMounts(VolumeMountArgs.builder()
                                .mountPath("/data")
                                .name("data")
                                .build())
                            .build())
                        .enableServiceLinks(false)
                        .securityContext(PodSecurityContextArgs.builder()
                            .seccompProfile(SeccompProfileArgs.builder()
                                .type("RuntimeDefault")
                                .build())
                            .build())
                        .serviceAccountName("sessions")
                        .build())
                    .build())
                .volumeClaimTemplates(PersistentVolumeClaimArgs.builder()
                    .apiVersion("v1")
                    .kind("PersistentVolumeClaim")
                    .metadata(ObjectMetaArgs.builder()
                        .labels(Map.of(
                            "app", "sessions",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "sessions",
                            "app.kubernetes.io/part-of", "prod",
                            "env", "prod",
                            "team", "acme.codegen"))
                        .name("data")
                        .build())
                    .spec(PersistentVolumeClaimSpecArgs.builder()
                        .accessModes("ReadWriteOnce")
                        .resources(ResourceRequirementsArgs.builder()
                            .requests(Map.of("storage", "4Gi"))
                            .build())
                        .build())
                    .build())
                .build())
            .build(), options);
        new NetworkPolicy("prod-apse2/sessions-egress", NetworkPolicyArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "sessions",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "sessions",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "acme.codegen"))
                .name("sessions-egress")
                .namespace("codegen")
                .build())
            .spec(NetworkPolicySpecArgs.builder()
                .egress(NetworkPolicyEgressRuleArgs.builder()
                    .ports(
                        NetworkPolicyPortArgs.builder()
                            .port(53)
                            .protocol("UDP")
                            .build(),
                        NetworkPolicyPortArgs.builder()
                            .port(53)
                            .protocol("TCP")
                            .build())
                    .to(NetworkPolicyPeerArgs.builder()
                        .namespaceSelector(LabelSelectorArgs.builder()
                            .matchLabels(Map.of("kubernetes.io/metadata.name", "kube-system"))
                            .build())
                        .podSelector(LabelSelectorArgs.builder()
                            .matchLabels(Map.of("k8s-app", "kube-dns"))
                            .build())
                        .build())
                    .build())
                .podSelector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "sessions"))
                    .build())
                .policyTypes("Egress")
                .build())
            .build(), options);
    }
}
