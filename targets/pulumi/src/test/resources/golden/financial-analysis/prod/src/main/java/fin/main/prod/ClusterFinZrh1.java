package fin.main.prod;

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
import com.pulumi.kubernetes.autoscaling.v2.inputs.HPAScalingPolicyArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.HPAScalingRulesArgs;
import com.pulumi.kubernetes.autoscaling.v2.inputs.HorizontalPodAutoscalerBehaviorArgs;
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
import com.pulumi.kubernetes.core.v1.inputs.EnvVarArgs;
import com.pulumi.kubernetes.core.v1.inputs.EnvVarSourceArgs;
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
import com.pulumi.kubernetes.core.v1.inputs.SecretKeySelectorArgs;
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
 * The objects of kube context {@code fin-zrh-1} (stack config {@code context-fin-zrh-1}).
 */
final class ClusterFinZrh1 {
    private ClusterFinZrh1() {
    }

    /**
     * Creates the cluster's objects through its own provider.
     */
    static void create(Config config) {
        Provider provider = new Provider("fin-zrh-1", ProviderArgs.builder().context(config.require("context-fin-zrh-1")).build());
        CustomResourceOptions inCluster = CustomResourceOptions.builder().provider(provider).build();
        Namespace namespace = new Namespace("fin-zrh-1/fin-analysis", NamespaceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "prod",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "prod",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("fin-analysis")
                .build())
            .build(), inCluster);
        CustomResourceOptions inNamespace = CustomResourceOptions.builder().provider(provider).dependsOn(namespace).build();
        new Secret("fin-zrh-1/prod-secrets", SecretArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "prod",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "prod",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("prod-secrets")
                .namespace("fin-analysis")
                .build())
            .type("Opaque")
            .stringData(Secrets.values(config, "audit-signing-key", "ledger-password", "market-data-token"))
            .build(), inNamespace);
        new ResourceQuota("fin-zrh-1/prod-budget", ResourceQuotaArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "prod",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "prod",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("prod-budget")
                .namespace("fin-analysis")
                .build())
            .spec(ResourceQuotaSpecArgs.builder()
                .hard(Map.of(
                    "pods", "18",
                    "requests.cpu", "72750m",
                    "requests.memory", "492288Mi",
                    "requests.nvidia.com/pgpu", "3"))
                .build())
            .build(), inNamespace);
        new LimitRange("fin-zrh-1/prod-defaults", LimitRangeArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "prod",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "prod",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("prod-defaults")
                .namespace("fin-analysis")
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
        createAnalystLlmModel(inNamespace);
        createFinAnalyst(inNamespace);
        createLedger(inNamespace);
        createSessions(inNamespace);
    }

    /**
     * The objects of workload {@code analyst-llm-model}.
     */
    private static void createAnalystLlmModel(CustomResourceOptions options) {
        new ServiceAccount("fin-zrh-1/analyst-llm-model", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "analyst-llm-model",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "analyst-llm-model",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("analyst-llm-model")
                .namespace("fin-analysis")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("fin-zrh-1/analyst-llm-model", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "analyst-llm-model",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "analyst-llm-model",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("analyst-llm-model")
                .namespace("fin-analysis")
                .build())
            .spec(ServiceSpecArgs.builder()
                .ports(ServicePortArgs.builder()
                    .name("http")
                    .port(80)
                    .protocol("TCP")
                    .targetPort("http")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "analyst-llm-model"))
                .build())
            .build(), options);
        new Deployment("fin-zrh-1/analyst-llm-model", DeploymentArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "analyst-llm-model",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "analyst-llm-model",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("analyst-llm-model")
                .namespace("fin-analysis")
                .build())
            .spec(DeploymentSpecArgs.builder()
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "analyst-llm-model"))
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
                            "app", "analyst-llm-model",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "analyst-llm-model",
                            "app.kubernetes.io/part-of", "prod",
                            "env", "prod",
                            "team", "fin.main"))
                        .build())
                    .spec(PodSpecArgs.builder()
                        .automountServiceAccountToken(false)
                        .containers(ContainerArgs.builder()
                            .args("--model", "Qwen/Qwen2.5-32B-Instruct", "--port", "8000", "--dtype", "float16", "--max-model-len", "32000")
                            .image("vllm/vllm-openai:v0.6.4")
                            .livenessProbe(ProbeArgs.builder()
                                .httpGet(HTTPGetActionArgs.builder()
                                    .path("/health")
                                    .port("http")
                                    .build())
                                .build())
                            .name("analyst-llm-model")
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
                                    "memory", "96Gi",
                                    "nvidia.com/pgpu", "1"))
                                .requests(Map.of(
                                    "cpu", "8",
                                    "memory", "96Gi"))
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
                        .nodeSelector(Map.of("nvidia.com/gpu.product", "NVIDIA-H100-80GB-HBM3"))
                        .runtimeClassName("kata-qemu-nvidia-gpu-snp")
                        .securityContext(PodSecurityContextArgs.builder()
                            .seccompProfile(SeccompProfileArgs.builder()
                                .type("RuntimeDefault")
                                .build())
                            .build())
                        .serviceAccountName("analyst-llm-model")
                        .tolerations(TolerationArgs.builder()
                            .effect("NoSchedule")
                            .key("nvidia.com/gpu")
                            .operator("Exists")
                            .build())
                        .build())
                    .build())
                .build())
            .build(), options);
        new HorizontalPodAutoscaler("fin-zrh-1/analyst-llm-model", HorizontalPodAutoscalerArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "analyst-llm-model",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "analyst-llm-model",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("analyst-llm-model")
                .namespace("fin-analysis")
                .build())
            .spec(HorizontalPodAutoscalerSpecArgs.builder()
                .maxReplicas(2)
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
                    .name("analyst-llm-model")
                    .build())
                .build())
            .build(), options);
    }

    /**
     * The objects of workload {@code fin-analyst}.
     */
    private static void createFinAnalyst(CustomResourceOptions options) {
        new ServiceAccount("fin-zrh-1/fin-analyst", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "fin-analyst",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "fin-analyst",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("fin-analyst")
                .namespace("fin-analysis")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("fin-zrh-1/fin-analyst", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "fin-analyst",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "fin-analyst",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("fin-analyst")
                .namespace("fin-analysis")
                .build())
            .spec(ServiceSpecArgs.builder()
                .ports(ServicePortArgs.builder()
                    .name("http")
                    .port(80)
                    .protocol("TCP")
                    .targetPort("http")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "fin-analyst"))
                .sessionAffinity("ClientIP")
                .build())
            .build(), options);
        new Service("fin-zrh-1/fin-analyst-preview", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "fin-analyst",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "fin-analyst",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("fin-analyst-preview")
                .namespace("fin-analysis")
                .build())
            .spec(ServiceSpecArgs.builder()
                .ports(ServicePortArgs.builder()
                    .name("http")
                    .port(80)
                    .protocol("TCP")
                    .targetPort("http")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "fin-analyst"))
                .sessionAffinity("ClientIP")
                .build())
            .build(), options);
        new KubernetesCustomResource("fin-zrh-1/fin-analyst", "argoproj.io/v1alpha1", "Rollout",
            ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "fin-analyst",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "fin-analyst",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("fin-analyst")
                .namespace("fin-analysis")
                .build(),
            Map.<String, Object>of(
                "selector", Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "fin-analyst")),
                "strategy", Map.<String, Object>of("blueGreen", Map.<String, Object>of(
                    "activeService", "fin-analyst",
                    "autoPromotionSeconds", 1800,
                    "previewService", "fin-analyst-preview")),
                "template", Map.<String, Object>of(
                    "metadata", Map.<String, Object>of("labels", Map.<String, Object>of(
                        "app", "fin-analyst",
                        "app.kubernetes.io/managed-by", "agentc",
                        "app.kubernetes.io/name", "fin-analyst",
                        "app.kubernetes.io/part-of", "prod",
                        "env", "prod",
                        "team", "fin.main")),
                    "spec", Map.<String, Object>of(
                        "automountServiceAccountToken", false,
                        "containers", List.<Object>of(Map.<String, Object>of(
                            "env", List.<Object>of(
                                Map.<String, Object>of(
                                    "name", "LOG_LEVEL",
                                    "value", "INFO"),
                                Map.<String, Object>of(
                                    "name", "AUDIT_TRAIL",
                                    "value", "enabled"),
                                Map.<String, Object>of(
                                    "name", "MARKET_DATA_TOKEN",
                                    "valueFrom", Map.<String, Object>of("secretKeyRef", Map.<String, Object>of(
                                        "key", "market-data-token",
                                        "name", "prod-secrets"))),
                                Map.<String, Object>of(
                                    "name", "AUDIT_SIGNING_KEY",
                                    "valueFrom", Map.<String, Object>of("secretKeyRef", Map.<String, Object>of(
                                        "key", "audit-signing-key",
                                        "name", "prod-secrets"))),
                                Map.<String, Object>of(
                                    "name", "ANALYST_LLM_URL",
                                    "value", "http://analyst-llm-model:80"),
                                Map.<String, Object>of(
                                    "name", "LEDGER_URL",
                                    "value", "postgres://ledger:5432"),
                                Map.<String, Object>of(
                                    "name", "LEDGER_USER",
                                    "value", "postgres"),
                                Map.<String, Object>of(
                                    "name", "LEDGER_PASSWORD",
                                    "valueFrom", Map.<String, Object>of("secretKeyRef", Map.<String, Object>of(
                                        "key", "ledger-password",
                                        "name", "prod-secrets"))),
                                Map.<String, Object>of(
                                    "name", "SESSIONS_URL",
                                    "value", "redis://sessions:6379"),
                                Map.<String, Object>of(
                                    "name", "MARKET_DATA_URL",
                                    "value", "https://marketdata.acme-bank.ch/api/v2"),
                                Map.<String, Object>of(
                                    "name", "ECB_RATES_URL",
                                    "value", "https://data-api.ecb.europa.eu/service"),
                                Map.<String, Object>of(
                                    "name", "AGENTC_TIMEOUT",
                                    "value", "300s")),
                            "image", "ghcr.io/acme-bank/fin-analyst:2.3.0",
                            "livenessProbe", Map.<String, Object>of("httpGet", Map.<String, Object>of(
                                "path", "/health",
                                "port", "http")),
                            "name", "fin-analyst",
                            "ports", List.<Object>of(Map.<String, Object>of(
                                "containerPort", 8000,
                                "name", "http",
                                "protocol", "TCP")),
                            "readinessProbe", Map.<String, Object>of("httpGet", Map.<String, Object>of(
                                "path", "/ready",
                                "port", "http")),
                            "resources", Map.<String, Object>of(
                                "limits", Map.<String, Object>of("memory", "16Gi"),
                                "requests", Map.<String, Object>of(
                                    "cpu", "4",
                                    "memory", "16Gi")),
                            "securityContext", Map.<String, Object>of(
                                "allowPrivilegeEscalation", false,
                                "capabilities", Map.<String, Object>of("drop", List.<Object>of("ALL"))))),
                        "enableServiceLinks", false,
                        "runtimeClassName", "kata-qemu-snp",
                        "securityContext", Map.<String, Object>of(
                            "runAsNonRoot", true,
                            "seccompProfile", Map.<String, Object>of("type", "RuntimeDefault")),
                        "serviceAccountName", "fin-analyst"))),
            options);
        new HorizontalPodAutoscaler("fin-zrh-1/fin-analyst", HorizontalPodAutoscalerArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "fin-analyst",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "fin-analyst",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("fin-analyst")
                .namespace("fin-analysis")
                .build())
            .spec(HorizontalPodAutoscalerSpecArgs.builder()
                .behavior(HorizontalPodAutoscalerBehaviorArgs.builder()
                    .scaleDown(HPAScalingRulesArgs.builder()
                        .stabilizationWindowSeconds(600)
                        .build())
                    .scaleUp(HPAScalingRulesArgs.builder()
                        .policies(HPAScalingPolicyArgs.builder()
                            .periodSeconds(60)
                            .type("Pods")
                            .value(1)
                            .build())
                        .build())
                    .build())
                .maxReplicas(6)
                .metrics(
                    MetricSpecArgs.builder()
                        .resource(ResourceMetricSourceArgs.builder()
                            .name("cpu")
                            .target(MetricTargetArgs.builder()
                                .averageUtilization(65)
                                .type("Utilization")
                                .build())
                            .build())
                        .type("Resource")
                        .build(),
                    MetricSpecArgs.builder()
                        .resource(ResourceMetricSourceArgs.builder()
                            .name("memory")
                            .target(MetricTargetArgs.builder()
                                .averageUtilization(80)
                                .type("Utilization")
                                .build())
                            .build())
                        .type("Resource")
                        .build())
                .minReplicas(2)
                .scaleTargetRef(CrossVersionObjectReferenceArgs.builder()
                    .apiVersion("argoproj.io/v1alpha1")
                    .kind("Rollout")
                    .name("fin-analyst")
                    .build())
                .build())
            .build(), options);
        new PodDisruptionBudget("fin-zrh-1/fin-analyst", PodDisruptionBudgetArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "fin-analyst",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "fin-analyst",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("fin-analyst")
                .namespace("fin-analysis")
                .build())
            .spec(PodDisruptionBudgetSpecArgs.builder()
                .maxUnavailable(1)
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "fin-analyst"))
                    .build())
                .unhealthyPodEvictionPolicy("AlwaysAllow")
                .build())
            .build(), options);
        new KubernetesCustomResource("fin-zrh-1/fin-analyst-egress", "cilium.io/v2", "CiliumNetworkPolicy",
            ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "fin-analyst",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "fin-analyst",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("fin-analyst-egress")
                .namespace("fin-analysis")
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
                        "toEndpoints", List.<Object>of(Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "analyst-llm-model"))),
                        "toPorts", List.<Object>of(Map.<String, Object>of("ports", List.<Object>of(Map.<String, Object>of(
                            "port", "8000",
                            "protocol", "TCP"))))),
                    Map.<String, Object>of(
                        "toEndpoints", List.<Object>of(Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "ledger"))),
                        "toPorts", List.<Object>of(Map.<String, Object>of("ports", List.<Object>of(Map.<String, Object>of(
                            "port", "5432",
                            "protocol", "TCP"))))),
                    Map.<String, Object>of(
                        "toEndpoints", List.<Object>of(Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "sessions"))),
                        "toPorts", List.<Object>of(Map.<String, Object>of("ports", List.<Object>of(Map.<String, Object>of(
                            "port", "6379",
                            "protocol", "TCP"))))),
                    Map.<String, Object>of(
                        "toFQDNs", List.<Object>of(Map.<String, Object>of("matchName", "data-api.ecb.europa.eu"), Map.<String, Object>of("matchName", "marketdata.acme-bank.ch")),
                        "toPorts", List.<Object>of(Map.<String, Object>of("ports", List.<Object>of(Map.<String, Object>of(
                            "port", "443",
                            "protocol", "TCP")))))),
                "endpointSelector", Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "fin-analyst"))),
            options);
        new KubernetesCustomResource("fin-zrh-1/fin-analyst", "gateway.networking.k8s.io/v1", "HTTPRoute",
            ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "fin-analyst",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "fin-analyst",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("fin-analyst")
                .namespace("fin-analysis")
                .build(),
            Map.<String, Object>of(
                "hostnames", List.<Object>of("analyst.acme-bank.ch"),
                "parentRefs", List.<Object>of(Map.<String, Object>of(
                    "name", "internal-gw",
                    "namespace", "infra")),
                "rules", List.<Object>of(Map.<String, Object>of(
                    "backendRefs", List.<Object>of(Map.<String, Object>of(
                        "name", "fin-analyst",
                        "port", 80)),
                    "matches", List.<Object>of(Map.<String, Object>of("path", Map.<String, Object>of(
                        "type", "PathPrefix",
                        "value", "/")))))),
            options);
        new KubernetesCustomResource("fin-zrh-1/fin-analyst", "gateway.envoyproxy.io/v1alpha1", "BackendTrafficPolicy",
            ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "fin-analyst",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "fin-analyst",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("fin-analyst")
                .namespace("fin-analysis")
                .build(),
            Map.<String, Object>of(
                "rateLimit", Map.<String, Object>of(
                    "global", Map.<String, Object>of("rules", List.<Object>of(Map.<String, Object>of(
                        "clientSelectors", List.<Object>of(Map.<String, Object>of("sourceCIDR", Map.<String, Object>of(
                            "type", "Distinct",
                            "value", "0.0.0.0/0"))),
                        "limit", Map.<String, Object>of(
                            "requests", 120,
                            "unit", "Minute")))),
                    "type", "Global"),
                "targetRefs", List.<Object>of(Map.<String, Object>of(
                    "group", "gateway.networking.k8s.io",
                    "kind", "HTTPRoute",
                    "name", "fin-analyst"))),
            options);
    }

    /**
     * The objects of workload {@code ledger}.
     */
    private static void createLedger(CustomResourceOptions options) {
        new ServiceAccount("fin-zrh-1/ledger", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "ledger",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "ledger",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("ledger")
                .namespace("fin-analysis")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("fin-zrh-1/ledger", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "ledger",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "ledger",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("ledger")
                .namespace("fin-analysis")
                .build())
            .spec(ServiceSpecArgs.builder()
                .clusterIP("None")
                .ports(ServicePortArgs.builder()
                    .name("postgres")
                    .port(5432)
                    .protocol("TCP")
                    .targetPort("postgres")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "ledger"))
                .build())
            .build(), options);
        new StatefulSet("fin-zrh-1/ledger", StatefulSetArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "ledger",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "ledger",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("ledger")
                .namespace("fin-analysis")
                .build())
            .spec(StatefulSetSpecArgs.builder()
                .replicas(2)
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "ledger"))
                    .build())
                .serviceName("ledger")
                .template(PodTemplateSpecArgs.builder()
                    .metadata(ObjectMetaArgs.builder()
                        .labels(Map.of(
                            "app", "ledger",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "ledger",
                            "app.kubernetes.io/part-of", "prod",
                            "env", "prod",
                            "team", "fin.main"))
                        .build())
                    .spec(PodSpecArgs.builder()
                        .automountServiceAccountToken(false)
                        .containers(ContainerArgs.builder()
                            .env(EnvVarArgs.builder()
                                .name("POSTGRES_PASSWORD")
                                .valueFrom(EnvVarSourceArgs.builder()
                                    .secretKeyRef(SecretKeySelectorArgs.builder()
                                        .key("ledger-password")
                                        .name("prod-secrets")
                                        .build())
                                    .build())
                                .build())
                            .image("postgres:16.4")
                            .name("ledger")
                            .ports(ContainerPortArgs.builder()
                                .containerPort(5432)
                                .name("postgres")
                                .protocol("TCP")
                                .build())
                            .readinessProbe(ProbeArgs.builder()
                                .exec(ExecActionArgs.builder()
                                    .command("pg_isready", "-U", "postgres")
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
                                .mountPath("/var/lib/postgresql/data")
                                .name("data")
                                .build())
                            .build())
                        .enableServiceLinks(false)
                        .securityContext(PodSecurityContextArgs.builder()
                            .seccompProfile(SeccompProfileArgs.builder()
                                .type("RuntimeDefault")
                                .build())
                            .build())
                        .serviceAccountName("ledger")
                        .build())
                    .build())
                .volumeClaimTemplates(PersistentVolumeClaimArgs.builder()
                    .apiVersion("v1")
                    .kind("PersistentVolumeClaim")
                    .metadata(ObjectMetaArgs.builder()
                        .labels(Map.of(
                            "app", "ledger",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "ledger",
                            "app.kubernetes.io/part-of", "prod",
                            "env", "prod",
                            "team", "fin.main"))
                        .name("data")
                        .build())
                    .spec(PersistentVolumeClaimSpecArgs.builder()
                        .accessModes("ReadWriteOnce")
                        .resources(ResourceRequirementsArgs.builder()
                            .requests(Map.of("storage", "200Gi"))
                            .build())
                        .build())
                    .build())
                .build())
            .build(), options);
        new PodDisruptionBudget("fin-zrh-1/ledger", PodDisruptionBudgetArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "ledger",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "ledger",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("ledger")
                .namespace("fin-analysis")
                .build())
            .spec(PodDisruptionBudgetSpecArgs.builder()
                .maxUnavailable(1)
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "ledger"))
                    .build())
                .unhealthyPodEvictionPolicy("AlwaysAllow")
                .build())
            .build(), options);
        new NetworkPolicy("fin-zrh-1/ledger-egress", NetworkPolicyArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "ledger",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "ledger",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("ledger-egress")
                .namespace("fin-analysis")
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
                                .matchLabels(Map.of("app.kubernetes.io/name", "ledger"))
                                .build())
                            .build())
                        .build())
                .podSelector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "ledger"))
                    .build())
                .policyTypes("Egress")
                .build())
            .build(), options);
    }

    /**
     * The objects of workload {@code sessions}.
     */
    private static void createSessions(CustomResourceOptions options) {
        new ServiceAccount("fin-zrh-1/sessions", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "sessions",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "sessions",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("sessions")
                .namespace("fin-analysis")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("fin-zrh-1/sessions", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "sessions",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "sessions",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("sessions")
                .namespace("fin-analysis")
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
        new StatefulSet("fin-zrh-1/sessions", StatefulSetArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "sessions",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "sessions",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("sessions")
                .namespace("fin-analysis")
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
                            "team", "fin.main"))
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
                            "team", "fin.main"))
                        .name("data")
                        .build())
                    .spec(PersistentVolumeClaimSpecArgs.builder()
                        .accessModes("ReadWriteOnce")
                        .resources(ResourceRequirementsArgs.builder()
                            .requests(Map.of("storage", "2Gi"))
                            .build())
                        .build())
                    .build())
                .build())
            .build(), options);
        new NetworkPolicy("fin-zrh-1/sessions-egress", NetworkPolicyArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "sessions",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "sessions",
                    "app.kubernetes.io/part-of", "prod",
                    "env", "prod",
                    "team", "fin.main"))
                .name("sessions-egress")
                .namespace("fin-analysis")
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
