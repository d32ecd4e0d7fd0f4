package acme.support.eu;

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
import com.pulumi.kubernetes.core.v1.inputs.EnvVarArgs;
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
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;

/**
 * The objects of kube context {@code prod-eu} (stack config {@code context-prod-eu}).
 */
final class ClusterProdEu {
    private ClusterProdEu() {
    }

    /**
     * Creates the cluster's objects through its own provider.
     */
    static void create(Config config) {
        Provider provider = new Provider("prod-eu", ProviderArgs.builder().context(config.require("context-prod-eu")).build());
        CustomResourceOptions inCluster = CustomResourceOptions.builder().provider(provider).build();
        Namespace namespace = new Namespace("prod-eu/ai-agents", NamespaceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "eu",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "eu",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("ai-agents")
                .build())
            .build(), inCluster);
        CustomResourceOptions inNamespace = CustomResourceOptions.builder().provider(provider).dependsOn(namespace).build();
        new Secret("prod-eu/eu-secrets", SecretArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "eu",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "eu",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("eu-secrets")
                .namespace("ai-agents")
                .build())
            .type("Opaque")
            .stringData(Secrets.values(config, "openai-key", "weather-key"))
            .build(), inNamespace);
        new ResourceQuota("prod-eu/eu-budget", ResourceQuotaArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "eu",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "eu",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("eu-budget")
                .namespace("ai-agents")
                .build())
            .spec(ResourceQuotaSpecArgs.builder()
                .hard(Map.of(
                    "pods", "23",
                    "requests.cpu", "40250m",
                    "requests.memory", "73984Mi",
                    "requests.nvidia.com/pgpu", "5"))
                .build())
            .build(), inNamespace);
        new LimitRange("prod-eu/eu-defaults", LimitRangeArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "eu",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "eu",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("eu-defaults")
                .namespace("ai-agents")
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
        createCustomerService(inNamespace);
        createEscalation(inNamespace);
        createFaq(inNamespace);
        createGreeting(inNamespace);
        createKnowledge(inNamespace);
        createLlama38bModel(inNamespace);
        createMemory(inNamespace);
        createSupportBot(inNamespace);
    }

    /**
     * The objects of workload {@code customer-service}.
     */
    private static void createCustomerService(CustomResourceOptions options) {
        new ServiceAccount("prod-eu/customer-service", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "customer-service",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "customer-service",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("customer-service")
                .namespace("ai-agents")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("prod-eu/customer-service", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "customer-service",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "customer-service",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("customer-service")
                .namespace("ai-agents")
                .build())
            .spec(ServiceSpecArgs.builder()
                .ports(ServicePortArgs.builder()
                    .name("http")
                    .port(80)
                    .protocol("TCP")
                    .targetPort("http")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "customer-service"))
                .build())
            .build(), options);
        new Deployment("prod-eu/customer-service", DeploymentArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "customer-service",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "customer-service",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("customer-service")
                .namespace("ai-agents")
                .build())
            .spec(DeploymentSpecArgs.builder()
                .replicas(1)
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "customer-service"))
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
                            "app", "customer-service",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "customer-service",
                            "app.kubernetes.io/part-of", "eu",
                            "env", "eu",
                            "team", "acme.support"))
                        .build())
                    .spec(PodSpecArgs.builder()
                        .automountServiceAccountToken(false)
                        .containers(ContainerArgs.builder()
                            .env(
                                EnvVarArgs.builder()
                                    .name("GREETING_URL")
                                    .value("http://greeting:80")
                                    .build(),
                                EnvVarArgs.builder()
                                    .name("FAQ_URL")
                                    .value("http://faq:80")
                                    .build(),
                                EnvVarArgs.builder()
                                    .name("ESCALATION_URL")
                                    .value("http://escalation:80")
                                    .build(),
                                EnvVarArgs.builder()
                                    .name("ROUTER")
                                    .value("intent")
                                    .build(),
                                EnvVarArgs.builder()
                                    .name("ROUTER_MODEL")
                                    .value("LLAMA3_8B")
                                    .build(),
                                EnvVarArgs.builder()
                                    .name("LLAMA3_8B_URL")
                                    .value("http://llama3-8b-model:80")
                                    .build())
                            .image("ghcr.io/agentc-dev/router:0.1.0")
                            .livenessProbe(ProbeArgs.builder()
                                .httpGet(HTTPGetActionArgs.builder()
                                    .path("/health")
                                    .port("http")
                                    .build())
                                .build())
                            .name("customer-service")
                            .ports(ContainerPortArgs.builder()
                                .containerPort(8080)
                                .name("http")
                                .protocol("TCP")
                                .build())
                            .readinessProbe(ProbeArgs.builder()
                                .httpGet(HTTPGetActionArgs.builder()
                                    .path("/ready")
                                    .port("http")
                                    .build())
                                .build())
                            .securityContext(SecurityContextArgs.builder()
                                .allowPrivilegeEscalation(false)
                                .capabilities(CapabilitiesArgs.builder()
                                    .drop("ALL")
                                    .build())
                                .build())
                            .build())
                        .enableServiceLinks(false)
                        .securityContext(PodSecurityContextArgs.builder()
                            .runAsNonRoot(true)
                            .seccompProfile(SeccompProfileArgs.builder()
                                .type("RuntimeDefault")
                                .build())
                            .build())
                        .serviceAccountName("customer-service")
                        .build())
                    .build())
                .build())
            .build(), options);
        new NetworkPolicy("prod-eu/customer-service-egress", NetworkPolicyArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "customer-service",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "customer-service",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("customer-service-egress")
                .namespace("ai-agents")
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
                        .ports(NetworkPolicyPortArgs.builder()
                            .port(8000)
                            .protocol("TCP")
                            .build())
                        .to(NetworkPolicyPeerArgs.builder()
                            .podSelector(LabelSelectorArgs.builder()
                                .matchLabels(Map.of("app.kubernetes.io/name", "greeting"))
                                .build())
                            .build())
                        .build(),
                    NetworkPolicyEgressRuleArgs.builder()
                        .ports(NetworkPolicyPortArgs.builder()
                            .port(8000)
                            .protocol("TCP")
                            .build())
                        .to(NetworkPolicyPeerArgs.builder()
                            .podSelector(LabelSelectorArgs.builder()
                                .matchLabels(Map.of("app.kubernetes.io/name", "faq"))
                                .build())
                            .build())
                        .build(),
                    NetworkPolicyEgressRuleArgs.builder()
                        .ports(NetworkPolicyPortArgs.builder()
                            .port(8000)
                            .protocol("TCP")
                            .build())
                        .to(NetworkPolicyPeerArgs.builder()
                            .podSelector(LabelSelectorArgs.builder()
                                .matchLabels(Map.of("app.kubernetes.io/name", "escalation"))
                                .build())
                            .build())
                        .build(),
                    NetworkPolicyEgressRuleArgs.builder()
                        .ports(NetworkPolicyPortArgs.builder()
                            .port(8000)
                            .protocol("TCP")
                            .build())
                        .to(NetworkPolicyPeerArgs.builder()
                            .podSelector(LabelSelectorArgs.builder()
                                .matchLabels(Map.of("app.kubernetes.io/name", "llama3-8b-model"))
                                .build())
                            .build())
                        .build())
                .podSelector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "customer-service"))
                    .build())
                .policyTypes("Egress")
                .build())
            .build(), options);
        new KubernetesCustomResource("prod-eu/customer-service", "gateway.networking.k8s.io/v1", "HTTPRoute",
            ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "customer-service",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "customer-service",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("customer-service")
                .namespace("ai-agents")
                .build(),
            Map.<String, Object>of(
                "hostnames", List.<Object>of("agents.example.com"),
                "parentRefs", List.<Object>of(Map.<String, Object>of(
                    "name", "public-gw",
                    "namespace", "infra")),
                "rules", List.<Object>of(Map.<String, Object>of(
                    "backendRefs", List.<Object>of(Map.<String, Object>of(
                        "name", "customer-service",
                        "port", 80)),
                    "matches", List.<Object>of(Map.<String, Object>of("path", Map.<String, Object>of(
                        "type", "PathPrefix",
                        "value", "/")))))),
            options);
    }

    /**
     * The objects of workload {@code escalation}.
     */
    private static void createEscalation(CustomResourceOptions options) {
        new ServiceAccount("prod-eu/escalation", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "escalation",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "escalation",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("escalation")
                .namespace("ai-agents")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("prod-eu/escalation", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "escalation",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "escalation",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("escalation")
                .namespace("ai-agents")
                .build())
            .spec(ServiceSpecArgs.builder()
                .ports(ServicePortArgs.builder()
                    .name("http")
                    .port(80)
                    .protocol("TCP")
                    .targetPort("http")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "escalation"))
                .build())
            .build(), options);
        new Deployment("prod-eu/escalation", DeploymentArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "escalation",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "escalation",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("escalation")
                .namespace("ai-agents")
                .build())
            .spec(DeploymentSpecArgs.builder()
                .replicas(1)
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "escalation"))
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
                            "app", "escalation",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "escalation",
                            "app.kubernetes.io/part-of", "eu",
                            "env", "eu",
                            "team", "acme.support"))
                        .build())
                    .spec(PodSpecArgs.builder()
                        .automountServiceAccountToken(false)
                        .containers(ContainerArgs.builder()
                            .env(
                                EnvVarArgs.builder()
                                    .name("MEMORY_URL")
                                    .value("redis://memory:6379")
                                    .build(),
                                EnvVarArgs.builder()
                                    .name("AGENTC_TIMEOUT")
                                    .value("60s")
                                    .build())
                            .image("ghcr.io/acme/escalation:2.0")
                            .livenessProbe(ProbeArgs.builder()
                                .httpGet(HTTPGetActionArgs.builder()
                                    .path("/health")
                                    .port("http")
                                    .build())
                                .build())
                            .name("escalation")
                            .ports(ContainerPortArgs.builder()
                                .containerPort(8000)
                                .name("http")
                                .protocol("TCP")
                                .build())
                            .readinessProbe(ProbeArgs.builder()
                                .httpGet(HTTPGetActionArgs.builder()
                                    .path("/ready")
                                    .port("http")
                                    .build())
                                .build())
                            .resources(ResourceRequirementsArgs.builder()
                                .limits(Map.of("memory", "1Gi"))
                                .requests(Map.of(
                                    "cpu", "1",
                                    "memory", "1Gi"))
                                .build())
                            .securityContext(SecurityContextArgs.builder()
                                .allowPrivilegeEscalation(false)
                                .capabilities(CapabilitiesArgs.builder()
                                    .drop("ALL")
                                    .build())
                                .build())
                            .build())
                        .enableServiceLinks(false)
                        .securityContext(PodSecurityContextArgs.builder()
                            .runAsNonRoot(true)
                            .seccompProfile(SeccompProfileArgs.builder()
                                .type("RuntimeDefault")
                                .build())
                            .build())
                        .serviceAccountName("escalation")
                        .build())
                    .build())
                .build())
            .build(), options);
        new NetworkPolicy("prod-eu/escalation-egress", NetworkPolicyArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "escalation",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "escalation",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("escalation-egress")
                .namespace("ai-agents")
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
                        .ports(NetworkPolicyPortArgs.builder()
                            .port(6379)
                            .protocol("TCP")
                            .build())
                        .to(NetworkPolicyPeerArgs.builder()
                            .podSelector(LabelSelectorArgs.builder()
                                .matchLabels(Map.of("app.kubernetes.io/name", "memory"))
                                .build())
                            .build())
                        .build())
                .podSelector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "escalation"))
                    .build())
                .policyTypes("Egress")
                .build())
            .build(), options);
    }

    /**
     * The objects of workload {@code faq}.
     */
    private static void createFaq(CustomResourceOptions options) {
        new ServiceAccount("prod-eu/faq", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "faq",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "faq",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("faq")
                .namespace("ai-agents")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("prod-eu/faq", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "faq",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "faq",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("faq")
                .namespace("ai-agents")
                .build())
            .spec(ServiceSpecArgs.builder()
                .ports(ServicePortArgs.builder()
                    .name("http")
                    .port(80)
                    .protocol("TCP")
                    .targetPort("http")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "faq"))
                .build())
            .build(), options);
        new Deployment("prod-eu/faq", DeploymentArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "faq",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "faq",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("faq")
                .namespace("ai-agents")
                .build())
            .spec(DeploymentSpecArgs.builder()
                .replicas(1)
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "faq"))
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
                            "app", "faq",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "faq",
                            "app.kubernetes.io/part-of", "eu",
                            "env", "eu",
                            "team", "acme.support"))
                        .build())
                    .spec(PodSpecArgs.builder()
                        .automountServiceAccountToken(false)
                        .containers(ContainerArgs.builder()
                            .env(
                                EnvVarArgs.builder()
                                    .name("MEMORY_URL")
                                    .value("redis://memory:6379")
                                    .build(),
                                EnvVarArgs.builder()
                                    .name("AGENTC_TIMEOUT")
                                    .value("60s")
                                    .build())
                            .image("ghcr.io/acme/faq:2.0")
                            .livenessProbe(ProbeArgs.builder()
                                .httpGet(HTTPGetActionArgs.builder()
                                    .path("/health")
                                    .port("http")
                                    .build())
                                .build())
                            .name("faq")
                            .ports(ContainerPortArgs.builder()
                                .containerPort(8000)
                                .name("http")
                                .protocol("TCP")
                                .build())
                            .readinessProbe(ProbeArgs.builder()
                                .httpGet(HTTPGetActionArgs.builder()
                                    .path("/ready")
                                    .port("http")
                                    .build())
                                .build())
                            .resources(ResourceRequirementsArgs.builder()
                                .limits(Map.of("memory", "1Gi"))
                                .requests(Map.of(
                                    "cpu", "1",
                                    "memory", "1Gi"))
                                .build())
                            .securityContext(SecurityContextArgs.builder()
                                .allowPrivilegeEscalation(false)
                                .capabilities(CapabilitiesArgs.builder()
                                    .drop("ALL")
                                    .build())
                                .build())
                            .build())
                        .enableServiceLinks(false)
                        .securityContext(PodSecurityContextArgs.builder()
                            .runAsNonRoot(true)
                            .seccompProfile(SeccompProfileArgs.builder()
                                .type("RuntimeDefault")
                                .build())
                            .build())
                        .serviceAccountName("faq")
                        .build())
                    .build())
                .build())
            .build(), options);
        new NetworkPolicy("prod-eu/faq-egress", NetworkPolicyArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "faq",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "faq",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("faq-egress")
                .namespace("ai-agents")
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
                        .ports(NetworkPolicyPortArgs.builder()
                            .port(6379)
                            .protocol("TCP")
                            .build())
                        .to(NetworkPolicyPeerArgs.builder()
                            .podSelector(LabelSelectorArgs.builder()
                                .matchLabels(Map.of("app.kubernetes.io/name", "memory"))
                                .build())
                            .build())
                        .build())
                .podSelector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "faq"))
                    .build())
                .policyTypes("Egress")
                .build())
            .build(), options);
    }

    /**
     * The objects of workload {@code greeting}.
     */
    private static void createGreeting(CustomResourceOptions options) {
        new ServiceAccount("prod-eu/greeting", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "greeting",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "greeting",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("greeting")
                .namespace("ai-agents")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("prod-eu/greeting", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "greeting",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "greeting",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("greeting")
                .namespace("ai-agents")
                .build())
            .spec(ServiceSpecArgs.builder()
                .ports(ServicePortArgs.builder()
                    .name("http")
                    .port(80)
                    .protocol("TCP")
                    .targetPort("http")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "greeting"))
                .build())
            .build(), options);
        new Deployment("prod-eu/greeting", DeploymentArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "greeting",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "greeting",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("greeting")
                .namespace("ai-agents")
                .build())
            .spec(DeploymentSpecArgs.builder()
                .replicas(1)
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "greeting"))
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
                            "app", "greeting",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "greeting",
                            "app.kubernetes.io/part-of", "eu",
                            "env", "eu",
                            "team", "acme.support"))
                        .build())
                    .spec(PodSpecArgs.builder()
                        .automountServiceAccountToken(false)
                        .containers(ContainerArgs.builder()
                            .env(
                                EnvVarArgs.builder()
                                    .name("MEMORY_URL")
                                    .value("redis://memory:6379")
                                    .build(),
                                EnvVarArgs.builder()
                                    .name("AGENTC_TIMEOUT")
                                    .value("60s")
                                    .build())
                            .image("ghcr.io/acme/greeting:2.0")
                            .livenessProbe(ProbeArgs.builder()
                                .httpGet(HTTPGetActionArgs.builder()
                                    .path("/health")
                                    .port("http")
                                    .build())
                                .build())
                            .name("greeting")
                            .ports(ContainerPortArgs.builder()
                                .containerPort(8000)
                                .name("http")
                                .protocol("TCP")
                                .build())
                            .readinessProbe(ProbeArgs.builder()
                                .httpGet(HTTPGetActionArgs.builder()
                                    .path("/ready")
                                    .port("http")
                                    .build())
                                .build())
                            .resources(ResourceRequirementsArgs.builder()
                                .limits(Map.of("memory", "1Gi"))
                                .requests(Map.of(
                                    "cpu", "1",
                                    "memory", "1Gi"))
                                .build())
                            .securityContext(SecurityContextArgs.builder()
                                .allowPrivilegeEscalation(false)
                                .capabilities(CapabilitiesArgs.builder()
                                    .drop("ALL")
                                    .build())
                                .build())
                            .build())
                        .enableServiceLinks(false)
                        .securityContext(PodSecurityContextArgs.builder()
                            .runAsNonRoot(true)
                            .seccompProfile(SeccompProfileArgs.builder()
                                .type("RuntimeDefault")
                                .build())
                            .build())
                        .serviceAccountName("greeting")
                        .build())
                    .build())
                .build())
            .build(), options);
        new NetworkPolicy("prod-eu/greeting-egress", NetworkPolicyArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "greeting",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "greeting",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("greeting-egress")
                .namespace("ai-agents")
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
                        .ports(NetworkPolicyPortArgs.builder()
                            .port(6379)
                            .protocol("TCP")
                            .build())
                        .to(NetworkPolicyPeerArgs.builder()
                            .podSelector(LabelSelectorArgs.builder()
                                .matchLabels(Map.of("app.kubernetes.io/name", "memory"))
                                .build())
                            .build())
                        .build())
                .podSelector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "greeting"))
                    .build())
                .policyTypes("Egress")
                .build())
            .build(), options);
    }

    /**
     * The objects of workload {@code knowledge}.
     */
    private static void createKnowledge(CustomResourceOptions options) {
        new ServiceAccount("prod-eu/knowledge", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "knowledge",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "knowledge",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("knowledge")
                .namespace("ai-agents")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("prod-eu/knowledge", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "knowledge",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "knowledge",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("knowledge")
                .namespace("ai-agents")
                .build())
            .spec(ServiceSpecArgs.builder()
                .clusterIP("None")
                .ports(ServicePortArgs.builder()
                    .name("http")
                    .port(6333)
                    .protocol("TCP")
                    .targetPort("http")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "knowledge"))
                .build())
            .build(), options);
        new StatefulSet("prod-eu/knowledge", StatefulSetArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "knowledge",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "knowledge",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("knowledge")
                .namespace("ai-agents")
                .build())
            .spec(StatefulSetSpecArgs.builder()
                .replicas(1)
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "knowledge"))
                    .build())
                .serviceName("knowledge")
                .template(PodTemplateSpecArgs.builder()
                    .metadata(ObjectMetaArgs.builder()
                        .labels(Map.of(
                            "app", "knowledge",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "knowledge",
                            "app.kubernetes.io/part-of", "eu",
                            "env", "eu",
                            "team", "acme.support"))
                        .build())
                    .spec(PodSpecArgs.builder()
                        .automountServiceAccountToken(false)
                        .containers(ContainerArgs.builder()
                            .image("qdrant/qdrant:v1.12.5")
                            .name("knowledge")
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
                        .serviceAccountName("knowledge")
                        .build())
                    .build())
                .volumeClaimTemplates(PersistentVolumeClaimArgs.builder()
                    .apiVersion("v1")
                    .kind("PersistentVolumeClaim")
                    .metadata(ObjectMetaArgs.builder()
                        .labels(Map.of(
                            "app", "knowledge",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "knowledge",
                            "app.kubernetes.io/part-of", "eu",
                            "env", "eu",
                            "team", "acme.support"))
                        .name("data")
                        .build())
                    .spec(PersistentVolumeClaimSpecArgs.builder()
                        .accessModes("ReadWriteOnce")
                        .resources(ResourceRequirementsArgs.builder()
                            .requests(Map.of("storage", "20Gi"))
                            .build())
                        .build())
                    .build())
                .build())
            .build(), options);
        new NetworkPolicy("prod-eu/knowledge-egress", NetworkPolicyArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "knowledge",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "knowledge",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("knowledge-egress")
                .namespace("ai-agents")
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
                    .matchLabels(Map.of("app.kubernetes.io/name", "knowledge"))
                    .build())
                .policyTypes("Egress")
                .build())
            .build(), options);
    }

    /**
     * The objects of workload {@code llama3-8b-model}.
     */
    private static void createLlama38bModel(CustomResourceOptions options) {
        new ServiceAccount("prod-eu/llama3-8b-model", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "llama3-8b-model",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "llama3-8b-model",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("llama3-8b-model")
                .namespace("ai-agents")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("prod-eu/llama3-8b-model", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "llama3-8b-model",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "llama3-8b-model",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("llama3-8b-model")
                .namespace("ai-agents")
                .build())
            .spec(ServiceSpecArgs.builder()
                .ports(ServicePortArgs.builder()
                    .name("http")
                    .port(80)
                    .protocol("TCP")
                    .targetPort("http")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "llama3-8b-model"))
                .build())
            .build(), options);
        new Deployment("prod-eu/llama3-8b-model", DeploymentArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "llama3-8b-model",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "llama3-8b-model",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("llama3-8b-model")
                .namespace("ai-agents")
                .build())
            .spec(DeploymentSpecArgs.builder()
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "llama3-8b-model"))
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
                            "app", "llama3-8b-model",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "llama3-8b-model",
                            "app.kubernetes.io/part-of", "eu",
                            "env", "eu",
                            "team", "acme.support"))
                        .build())
                    .spec(PodSpecArgs.builder()
                        .automountServiceAccountToken(false)
                        .containers(ContainerArgs.builder()
                            .args("--model", "meta-llama/Meta-Llama-3-8B-Instruct", "--port", "8000", "--dtype", "float16", "--max-model-len", "8000")
                            .image("vllm/vllm-openai:v0.6.4")
                            .livenessProbe(ProbeArgs.builder()
                                .httpGet(HTTPGetActionArgs.builder()
                                    .path("/health")
                                    .port("http")
                                    .build())
                                .build())
                            .name("llama3-8b-model")
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
                                .limits(Map.of("nvidia.com/pgpu", "1"))
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
                        .serviceAccountName("llama3-8b-model")
                        .tolerations(TolerationArgs.builder()
                            .effect("NoSchedule")
                            .key("nvidia.com/gpu")
                            .operator("Exists")
                            .build())
                        .build())
                    .build())
                .build())
            .build(), options);
        new HorizontalPodAutoscaler("prod-eu/llama3-8b-model", HorizontalPodAutoscalerArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "llama3-8b-model",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "llama3-8b-model",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("llama3-8b-model")
                .namespace("ai-agents")
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
                    .name("llama3-8b-model")
                    .build())
                .build())
            .build(), options);
    }

    /**
     * The objects of workload {@code memory}.
     */
    private static void createMemory(CustomResourceOptions options) {
        new ServiceAccount("prod-eu/memory", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "memory",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "memory",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("memory")
                .namespace("ai-agents")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("prod-eu/memory", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "memory",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "memory",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("memory")
                .namespace("ai-agents")
                .build())
            .spec(ServiceSpecArgs.builder()
                .clusterIP("None")
                .ports(ServicePortArgs.builder()
                    .name("redis")
                    .port(6379)
                    .protocol("TCP")
                    .targetPort("redis")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "memory"))
                .build())
            .build(), options);
        new StatefulSet("prod-eu/memory", StatefulSetArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "memory",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "memory",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("memory")
                .namespace("ai-agents")
                .build())
            .spec(StatefulSetSpecArgs.builder()
                .replicas(1)
                .selector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of("app.kubernetes.io/name", "memory"))
                    .build())
                .serviceName("memory")
                .template(PodTemplateSpecArgs.builder()
                    .metadata(ObjectMetaArgs.builder()
                        .labels(Map.of(
                            "app", "memory",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "memory",
                            "app.kubernetes.io/part-of", "eu",
                            "env", "eu",
                            "team", "acme.support"))
                        .build())
                    .spec(PodSpecArgs.builder()
                        .automountServiceAccountToken(false)
                        .containers(ContainerArgs.builder()
                            .args("--appendonly", "yes")
                            .image("redis:7.4.1")
                            .name("memory")
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
                        .serviceAccountName("memory")
                        .build())
                    .build())
                .volumeClaimTemplates(PersistentVolumeClaimArgs.builder()
                    .apiVersion("v1")
                    .kind("PersistentVolumeClaim")
                    .metadata(ObjectMetaArgs.builder()
                        .labels(Map.of(
                            "app", "memory",
                            "app.kubernetes.io/managed-by", "agentc",
                            "app.kubernetes.io/name", "memory",
                            "app.kubernetes.io/part-of", "eu",
                            "env", "eu",
                            "team", "acme.support"))
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
        new NetworkPolicy("prod-eu/memory-egress", NetworkPolicyArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "memory",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "memory",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("memory-egress")
                .namespace("ai-agents")
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
                    .matchLabels(Map.of("app.kubernetes.io/name", "memory"))
                    .build())
                .policyTypes("Egress")
                .build())
            .build(), options);
    }

    /**
     * The objects of workload {@code support-bot}.
     */
    private static void createSupportBot(CustomResourceOptions options) {
        new ServiceAccount("prod-eu/support-bot", ServiceAccountArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "support-bot",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "support-bot",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("support-bot")
                .namespace("ai-agents")
                .build())
            .automountServiceAccountToken(false)
            .build(), options);
        new Service("prod-eu/support-bot", ServiceArgs.builder()
            .metadata(ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "support-bot",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "support-bot",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("support-bot")
                .namespace("ai-agents")
                .build())
            .spec(ServiceSpecArgs.builder()
                .ports(ServicePortArgs.builder()
                    .name("http")
                    .port(80)
                    .protocol("TCP")
                    .targetPort("http")
                    .build())
                .selector(Map.of("app.kubernetes.io/name", "support-bot"))
                .build())
            .build(), options);
        new KubernetesCustomResource("prod-eu/support-bot", "argoproj.io/v1alpha1", "Rollout",
            ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "support-bot",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "support-bot",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("support-bot")
                .namespace("ai-agents")
                .build(),
            Map.<String, Object>of(
                "selector", Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "support-bot")),
                "strategy", Map.<String, Object>of("canary", Map.<String, Object>of("steps", List.<Object>of(Map.<String, Object>of("setWeight", 10), Map.<String, Object>of("pause", Map.<String, Object>of("duration", "10m")), Map.<String, Object>of("setWeight", 50), Map.<String, Object>of("pause", Map.<String, Object>of("duration", "10m"))))),
                "template", Map.<String, Object>of(
                    "metadata", Map.<String, Object>of("labels", Map.<String, Object>of(
                        "app", "support-bot",
                        "app.kubernetes.io/managed-by", "agentc",
                        "app.kubernetes.io/name", "support-bot",
                        "app.kubernetes.io/part-of", "eu",
                        "env", "eu",
                        "team", "acme.support")),
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
                                    "name", "OPENAI_API_KEY",
                                    "valueFrom", Map.<String, Object>of("secretKeyRef", Map.<String, Object>of(
                                        "key", "openai-key",
                                        "name", "eu-secrets"))),
                                Map.<String, Object>of(
                                    "name", "LLAMA3_8B_URL",
                                    "value", "http://llama3-8b-model:80"),
                                Map.<String, Object>of(
                                    "name", "MEMORY_URL",
                                    "value", "redis://memory:6379"),
                                Map.<String, Object>of(
                                    "name", "KNOWLEDGE_URL",
                                    "value", "http://knowledge:6333"),
                                Map.<String, Object>of(
                                    "name", "WEATHER_URL",
                                    "value", "https://api.weather.com"),
                                Map.<String, Object>of(
                                    "name", "WEATHER_TOKEN",
                                    "valueFrom", Map.<String, Object>of("secretKeyRef", Map.<String, Object>of(
                                        "key", "weather-key",
                                        "name", "eu-secrets"))),
                                Map.<String, Object>of(
                                    "name", "AGENTC_BATCH_MAX",
                                    "value", "10"),
                                Map.<String, Object>of(
                                    "name", "AGENTC_BATCH_TIMEOUT",
                                    "value", "5s"),
                                Map.<String, Object>of(
                                    "name", "AGENTC_TIMEOUT",
                                    "value", "60s")),
                            "image", "ghcr.io/acme/support-bot:1.4.2",
                            "livenessProbe", Map.<String, Object>of("httpGet", Map.<String, Object>of(
                                "path", "/health",
                                "port", "http")),
                            "name", "support-bot",
                            "ports", List.<Object>of(Map.<String, Object>of(
                                "containerPort", 8000,
                                "name", "http",
                                "protocol", "TCP")),
                            "readinessProbe", Map.<String, Object>of("httpGet", Map.<String, Object>of(
                                "path", "/ready",
                                "port", "http")),
                            "resources", Map.<String, Object>of(
                                "limits", Map.<String, Object>of("memory", "8Gi"),
                                "requests", Map.<String, Object>of(
                                    "cpu", "4",
                                    "memory", "8Gi")),
                            "securityContext", Map.<String, Object>of(
                                "allowPrivilegeEscalation", false,
                                "capabilities", Map.<String, Object>of("drop", List.<Object>of("ALL"))))),
                        "enableServiceLinks", false,
                        "runtimeClassName", "kata-qemu-snp",
                        "securityContext", Map.<String, Object>of(
                            "runAsNonRoot", true,
                            "seccompProfile", Map.<String, Object>of("type", "RuntimeDefault")),
                        "serviceAccountName", "support-bot"))),
            options);
        new KubernetesCustomResource("prod-eu/support-bot", "keda.sh/v1alpha1", "ScaledObject",
            ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "support-bot",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "support-bot",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("support-bot")
                .namespace("ai-agents")
                .build(),
            Map.<String, Object>of(
                "advanced", Map.<String, Object>of("horizontalPodAutoscalerConfig", Map.<String, Object>of("behavior", Map.<String, Object>of(
                    "scaleDown", Map.<String, Object>of("stabilizationWindowSeconds", 300),
                    "scaleUp", Map.<String, Object>of("policies", List.<Object>of(Map.<String, Object>of(
                        "periodSeconds", 60,
                        "type", "Pods",
                        "value", 2)))))),
                "maxReplicaCount", 4,
                "minReplicaCount", 1,
                "scaleTargetRef", Map.<String, Object>of(
                    "apiVersion", "argoproj.io/v1alpha1",
                    "kind", "Rollout",
                    "name", "support-bot"),
                "triggers", List.<Object>of(
                    Map.<String, Object>of(
                        "metadata", Map.<String, Object>of(
                            "query", "sum(rate(http_requests_total{namespace=\"ai-agents\",service=\"support-bot\"}[2m]))",
                            "serverAddress", "http://prometheus-operated.monitoring.svc:9090",
                            "threshold", "100"),
                        "type", "prometheus"),
                    Map.<String, Object>of(
                        "metadata", Map.<String, Object>of(
                            "address", "memory.ai-agents.svc:6379",
                            "listLength", "50",
                            "listName", "tasks"),
                        "type", "redis"),
                    Map.<String, Object>of(
                        "metadata", Map.<String, Object>of("value", "70"),
                        "metricType", "Utilization",
                        "type", "cpu"))),
            options);
        new KubernetesCustomResource("prod-eu/support-bot-egress", "cilium.io/v2", "CiliumNetworkPolicy",
            ObjectMetaArgs.builder()
                .labels(Map.of(
                    "app", "support-bot",
                    "app.kubernetes.io/managed-by", "agentc",
                    "app.kubernetes.io/name", "support-bot",
                    "app.kubernetes.io/part-of", "eu",
                    "env", "eu",
                    "team", "acme.support"))
                .name("support-bot-egress")
                .namespace("ai-agents")
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
                        "toEndpoints", List.<Object>of(Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "llama3-8b-model"))),
                        "toPorts", List.<Object>of(Map.<String, Object>of("ports", List.<Object>of(Map.<String, Object>of(
                            "port", "8000",
                            "protocol", "TCP"))))),
                    Map.<String, Object>of(
                        "toEndpoints", List.<Object>of(Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "memory"))),
                        "toPorts", List.<Object>of(Map.<String, Object>of("ports", List.<Object>of(Map.<String, Object>of(
                            "port", "6379",
                            "protocol", "TCP"))))),
                    Map.<String, Object>of(
                        "toEndpoints", List.<Object>of(Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "knowledge"))),
                        "toPorts", List.<Object>of(Map.<String, Object>of("ports", List.<Object>of(Map.<String, Object>of(
                            "port", "6333",
                            "protocol", "TCP"))))),
                    Map.<String, Object>of(
                        "toFQDNs", List.<Object>of(Map.<String, Object>of("matchName", "api.weather.com")),
                        "toPorts", List.<Object>of(Map.<String, Object>of("ports", List.<Object>of(Map.<String, Object>of(
                            "port", "443",
                            "protocol", "TCP")))))),
                "endpointSelector", Map.<String, Object>of("matchLabels", Map.<String, Object>of("app.kubernetes.io/name", "support-bot"))),
            options);
    }
}
