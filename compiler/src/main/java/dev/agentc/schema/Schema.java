package dev.agentc.schema;

import static dev.agentc.schema.FieldSpec.Bounds.atLeast;
import static dev.agentc.schema.FieldSpec.Bounds.between;

import dev.agentc.schema.CallSpec.Param;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The field schema of every declaration kind (LANGUAGE.md §8), declared once. The checker,
 * completion, hover and the docs all read this.
 */
public final class Schema {
  // ---- shared types
  public static final Type STRING = Type.Prim.STRING;
  public static final Type INT = Type.Prim.INT;
  public static final Type BOOL = Type.Prim.BOOL;
  public static final Type CPU = Type.Prim.CPU;
  public static final Type MEMORY = new Type.Quantity(UnitFamily.MEMORY);
  public static final Type DURATION = new Type.Quantity(UnitFamily.DURATION);
  public static final Type COUNT = new Type.Quantity(UnitFamily.COUNT);
  public static final Type PERCENT = new Type.Quantity(UnitFamily.PERCENT);
  public static final Type PRICE = new Type.Price();
  public static final Type RATE = new Type.Rate();
  public static final Type REPLICAS = new Type.Union(List.of(new Type.IntRange(), INT));
  public static final Type GPU_REQUEST = new Type.GpuRequest();

  public static final Type.Enum CLOUD = enumOf("cloud", "generic", "gke", "eks", "aks");
  public static final Type.Enum PUBLIC_CLOUD = enumOf("public cloud", "aws", "gcp", "azure");
  public static final Type.Enum TARGET = enumOf("target", "kubernetes", "compose", "aleph", "pulumi");
  public static final Type.Enum JURISDICTION =
      enumOf("jurisdiction", "US", "CA", "BR", "EU", "UK", "CH", "JP", "SG", "IN", "AU", "HK", "AE", "KR", "APAC");
  public static final Type.Enum PROVIDER_NAMES =
      enumOf("provider", "openai", "anthropic", "mistral", "google", "bedrock", "azure_openai");

  /** Declaration kinds that are catalogs: a bare name of these kinds also resolves in `std.<kind>`. */
  public static final List<String> CATALOG_KINDS = List.of("gpu", "region", "tee", "provider");

  private static final Map<String, RecordSpec> KINDS = new LinkedHashMap<>();

  private Schema() {}

  /** The schema of a declaration kind, if it is one. */
  public static Optional<RecordSpec> kind(String kind) { return Optional.ofNullable(KINDS.get(kind)); }

  public static List<String> kindNames() { return List.copyOf(KINDS.keySet()); }

  static {
    KINDS.put("secret", new RecordSpec("secret", "A named secret; its value is supplied at apply time, never written to build output."));
    KINDS.put("model", model());
    KINDS.put("tool", tool());
    KINDS.put("store", store());
    KINDS.put("agent", agent());
    KINDS.put("swarm", swarm());
    KINDS.put("policy", policy());
    KINDS.put("deploy", deploy());
    KINDS.put("gpu", gpu());
    KINDS.put("region", region());
    KINDS.put("tee", tee());
    KINDS.put("provider", provider());
    KINDS.put("cloud", cloud());
  }

  private static RecordSpec model() {
    RecordSpec serve = new RecordSpec("serve", "How a self-hosted model is served by its own model server.")
        .withDefault("engine", enumOf("engine", "vllm", "tgi", "ollama"), "vllm", "Serving engine; its pinned image is used unless `image` is set.")
        .optional("image", STRING, "Container image of the model server, overriding the engine's pinned default.")
        .optional("gpu", GPU_REQUEST, "GPUs per model-server replica, e.g. `1 * H100_80GB`.")
        .bounded("replicas", REPLICAS, "1", atLeast(0), "Replicas of the model server: a number or a range `min..max`.")
        .optional("cpu", CPU, "CPU cores per model-server replica.")
        .optional("memory", MEMORY, "Memory per model-server replica.");
    return new RecordSpec("model", "An LLM: self-hosted (weights, size, precision) or external (an API provider).")
        .optional("weights", STRING, "Where the weights come from (e.g. `hf://org/model`); makes the model self-hosted.")
        .optional("provider", Type.Ref.to("provider"), "External API provider (openai, anthropic, mistral, google, bedrock, azure_openai).")
        .optional("name", STRING, "The provider's model name, e.g. `gpt-4o`.")
        .optional("api_key", Type.Ref.to("secret"), "Secret holding the provider's API key.")
        .bounded("params", COUNT, atLeast(1), "Parameter count, e.g. `8B`.")
        .withDefault("precision", enumOf("precision", "fp32", "fp16", "bf16", "fp8", "int8", "int4"), "fp16", "Weight precision.")
        .bounded("context", COUNT, "8K", atLeast(1), "Context window in tokens.")
        .optional("serve", new Type.Record(serve), "Serving settings of a self-hosted model.");
  }

  private static RecordSpec tool() {
    Type auth = new Type.Calls("auth", List.of(
        new CallSpec("bearer", List.of(Param.of("secret", Type.Ref.to("secret"))), "`Authorization: Bearer <secret>`."),
        new CallSpec("api_key", List.of(Param.of("secret", Type.Ref.to("secret")), Param.optional("header", STRING, "X-API-Key")),
            "The secret in a header, `X-API-Key` unless named.")),
        List.of("none"));
    return new RecordSpec("tool", "An external API an agent calls; also its network egress.")
        .required("url", STRING, "Base URL; `https` unless `insecure = true`.")
        .withDefault("auth", auth, "none", "How the agent authenticates: `none`, `bearer(secret)` or `api_key(secret, header = \"X-API-Key\")`.")
        .bounded("timeout", DURATION, "30s", atLeast(1), "Request timeout.")
        .withDefault("insecure", BOOL, "false", "Allow a plain `http` URL.");
  }

  private static RecordSpec store() {
    RecordSpec backup = new RecordSpec("backup", "Scheduled backups of a store.")
        .withDefault("schedule", STRING, "\"0 3 * * *\"", "Cron schedule of backups.")
        .bounded("keep", INT, "7", atLeast(1), "How many backups to keep.");
    return new RecordSpec("store", "A state store, queue or vector database.")
        .required("engine", enumOf("store engine", "redis", "postgres", "qdrant", "weaviate", "rabbitmq"), "The store's engine.")
        .bounded("size", MEMORY, atLeast(1), "Volume size.")
        .withDefault("persistence", enumOf("persistence", "none", "aof", "rdb"), "none", "Redis persistence mode (redis only).")
        .bounded("replicas", INT, "1", atLeast(1), "Store replicas.")
        .optional("image", STRING, "Container image; defaults to a pinned version per engine.")
        .optional("regions", new Type.ListOf(Type.Ref.to("region")), "Regions the store's data may live in.")
        .optional("backup", new Type.Record(backup), "Backup schedule and retention.");
  }

  /** The `expose` block, shared by agents and swarms. */
  private static RecordSpec expose() {
    return new RecordSpec("expose", "Public exposure through the gateway.")
        .required("host", STRING, "Public host name.")
        .withDefault("tls", BOOL, "true", "Serve over TLS.")
        .withDefault("path", STRING, "\"/\"", "Path prefix.");
  }

  private static RecordSpec agent() {
    Type triggers = new Type.ListOf(new Type.Calls("trigger", List.of(
        new CallSpec("cpu", List.of(Param.of("target", PERCENT)), "Scale on average CPU utilisation."),
        new CallSpec("memory", List.of(Param.of("target", PERCENT)), "Scale on average memory utilisation."),
        new CallSpec("rps", List.of(Param.of("per_replica", INT)), "Scale on requests per second per replica."),
        new CallSpec("queue", List.of(Param.of("store", Type.Ref.to("store")), Param.of("queue", STRING), Param.of("per_replica", INT)),
            "Scale on the length of a queue in a store."),
        new CallSpec("cron", List.of(Param.of("schedule", STRING), Param.of("replicas", INT)), "Scale to a replica count on a schedule.")),
        List.of()));
    RecordSpec resources = new RecordSpec("resources", "Compute resources per replica.")
        .optional("cpu", CPU, "CPU cores, e.g. `0.5`.")
        .optional("memory", MEMORY, "Memory, e.g. `1Gi`.")
        .optional("gpu", GPU_REQUEST, "GPUs, e.g. `1 * L4`.")
        .optional("ephemeral", MEMORY, "Ephemeral storage.");
    RecordSpec scale = new RecordSpec("scale", "Autoscaling.")
        .bounded("replicas", REPLICAS, "1", atLeast(0), "Replicas: a number or a range `min..max`.")
        .optional("on", triggers, "Triggers: cpu(70%), memory(80%), rps(100), queue(store, \"name\", 50), cron(\"0 9 * * 1-5\", 5).")
        .bounded("step", INT, atLeast(1), "Most replicas added at once.")
        .bounded("cooldown", DURATION, atLeast(0), "Wait before scaling down.");
    RecordSpec spot = new RecordSpec("spot", "Run on spot capacity.")
        .optional("max_price", PRICE, "Highest hourly price to pay, e.g. `0.5 USD/h`.")
        .withDefault("fallback", enumOf("fallback", "on_demand", "none"), "on_demand", "What to do when spot capacity is gone.");
    RecordSpec rateLimit = new RecordSpec("rate_limit", "Requests admitted per client.")
        .required("requests", RATE, "Sustained rate, e.g. `100/min`.")
        .bounded("burst", INT, atLeast(1), "Requests admitted above the rate at once.");
    RecordSpec budget = new RecordSpec("budget", "Monthly spending limit.")
        .required("monthly", PRICE, "Monthly budget, e.g. `500 USD/month`.")
        .optional("alert", STRING, "Where alerts go.");
    RecordSpec rollout = new RecordSpec("rollout", "How new versions roll out.")
        .withDefault("strategy", enumOf("strategy", "rolling", "canary", "blue_green"), "rolling", "Rollout strategy.")
        .optional("steps", new Type.ListOf(PERCENT), "Canary traffic steps, e.g. `[10%, 50%]`.")
        .bounded("pause", DURATION, atLeast(0), "Pause between steps.");
    RecordSpec batch = new RecordSpec("batch", "Request batching.")
        .bounded("max_size", INT, atLeast(1), "Largest batch.")
        .bounded("timeout", DURATION, atLeast(0), "Longest wait to fill a batch.");
    return new RecordSpec("agent", "A deployable agent service or worker.")
        .required("image", STRING, "Container image, pinned by tag or digest.")
        .optional("command", new Type.ListOf(STRING), "Command line, overriding the image's.")
        .bounded("port", INT, "8000", between(1, 65535), "Port the agent listens on (services only).")
        .withDefault("protocol", enumOf("protocol", "http", "websocket", "grpc"), "http", "Wire protocol.")
        .withDefault("kind", enumOf("agent kind", "service", "worker"), "service", "A service takes requests; a worker has no port and is scaled by its queue.")
        .optional("health", STRING, "Liveness probe path.")
        .optional("ready", STRING, "Readiness probe path.")
        .bounded("timeout", DURATION, "60s", atLeast(1), "Request timeout.")
        .optional("model", Type.Ref.to("model"), "The model the agent uses.")
        .optional("tools", new Type.ListOf(Type.Ref.to("tool")), "Tools the agent may call.")
        .optional("stores", new Type.ListOf(Type.Ref.to("store")), "Stores the agent uses.")
        .optional("env", new Type.MapOf(STRING, new Type.Union(List.of(STRING, Type.Ref.to("secret")))), "Environment: strings or secret references.")
        .optional("resources", new Type.Record(resources), "Compute resources per replica.")
        .optional("scale", new Type.Record(scale), "Autoscaling.")
        .optional("regions", new Type.ListOf(Type.Ref.to("region")), "Regions the agent runs in.")
        .optional("spot", new Type.Record(spot), "Spot capacity.")
        .optional("tee", Type.Ref.to("tee"), "Trusted execution environment.")
        .optional("rate_limit", new Type.Record(rateLimit), "Rate limit.")
        .optional("budget", new Type.Record(budget), "Monthly budget.")
        .optional("rollout", new Type.Record(rollout), "Rollout strategy.")
        .optional("batch", new Type.Record(batch), "Request batching.")
        .withDefault("session", enumOf("session", "stateless", "sticky", "shared"), "stateless", "Session affinity.")
        .optional("expose", new Type.Record(expose()), "Public exposure.");
  }

  private static RecordSpec swarm() {
    Type router = new Type.Calls("router", List.of(
        new CallSpec("intent", List.of(Param.of("model", Type.Ref.to("model"))), "Route by intent, classified by a model.")),
        List.of("round_robin", "sequential"));
    return new RecordSpec("swarm", "Several agents behind one router.")
        .required("agents", new Type.ListOf(Type.Ref.to("agent")), "Member agents.")
        .withDefault("router", router, "round_robin", "How requests are routed: intent(model), round_robin or sequential.")
        .optional("expose", new Type.Record(expose()), "Public exposure of the router.");
  }

  private static RecordSpec policy() {
    return new RecordSpec("policy", "Constraints a deployment must satisfy.")
        .optional("residency", new Type.ListOf(JURISDICTION), "Jurisdictions data may reside in, e.g. `[EU]`.")
        .withDefault("require_tee", BOOL, "false", "Every agent must run in a TEE.")
        .optional("max_monthly", PRICE, "Monthly cost cap, e.g. `2000 USD/month`.")
        .optional("allowed_gpus", new Type.ListOf(Type.Ref.to("gpu")), "GPUs that may be used.")
        .bounded("max_replicas", INT, atLeast(1), "Most replicas of any workload.")
        .withDefault("egress", enumOf("egress", "tools_only", "any"), "tools_only", "Which hosts agents may reach.");
  }

  private static RecordSpec deploy() {
    RecordSpec kubernetes = new RecordSpec("kubernetes", "Kubernetes target settings.")
        .optional("namespace", STRING, "Namespace of every object.")
        .withDefault("cloud", CLOUD, "generic", "Label family and pricing: generic, gke, eks or aks.")
        .withDefault("network", enumOf("network", "standard", "cilium"), "standard", "Network policy engine.")
        .optional("gateway", STRING, "Gateway API Gateway as `namespace/name`.")
        .withDefault("rollouts", enumOf("rollouts", "argo", "none"), "argo", "Controller for canary and blue-green rollouts.")
        .withDefault("prometheus", STRING, "\"http://prometheus-operated.monitoring.svc:9090\"",
            "Prometheus URL for rps triggers; the default is the Prometheus Operator's service in namespace `monitoring`.")
        .optional("clusters", new Type.MapOf(Type.Ref.to("region"), STRING), "Kube context per region.");
    RecordSpec compose = new RecordSpec("compose", "Docker Compose target settings.")
        .optional("project", STRING, "Compose project name.");
    RecordSpec aleph = new RecordSpec("aleph", "Aleph Cloud target settings.")
        .withDefault("api", STRING, "\"https://api2.aleph.im\"", "API base URL.")
        .optional("channel", STRING, "Message channel.")
        .optional("rootfs", STRING, "Root filesystem (item hash).")
        .optional("ssh_keys", new Type.ListOf(STRING), "SSH public keys.")
        .optional("nodes", new Type.MapOf(Type.Ref.to("region"), STRING), "Pinned CRN node hash per region.");
    RecordSpec pulumi = new RecordSpec("pulumi", "Pulumi target settings.")
        .optional("project", STRING, "Pulumi project name.")
        .optional("stack", STRING, "Stack name.")
        .optional("package", STRING, "Java package of the generated program.");
    return new RecordSpec("deploy", "An environment: which agents, which targets, which policies, and overrides.")
        .required("agents", new Type.ListOf(Type.Ref.to("agent", "swarm")), "Agents and swarms deployed.")
        .optional("policies", new Type.ListOf(Type.Ref.to("policy")), "Policies the deployment must satisfy.")
        .optional("kubernetes", new Type.Record(kubernetes), "Build for Kubernetes.")
        .optional("compose", new Type.Record(compose), "Build for Docker Compose.")
        .optional("aleph", new Type.Record(aleph), "Build for Aleph Cloud.")
        .optional("pulumi", new Type.Record(pulumi), "Build a Pulumi program.");
  }

  private static RecordSpec gpu() {
    RecordSpec aleph = new RecordSpec("aleph", "Aleph Cloud facts of a GPU (fields of `requirements.gpu`).")
        .optional("model", STRING, "Model name in the Aleph CLI, e.g. `h100`.")
        .optional("vendor", STRING, "`requirements.gpu[].vendor`.")
        .optional("device_name", STRING, "`requirements.gpu[].device_name`.")
        .optional("device_class", STRING, "`requirements.gpu[].device_class`.")
        .optional("device_id", STRING, "PCI `vvvv:dddd` id.")
        .optional("tier", enumOf("aleph tier", "standard", "premium"), "Aleph GPU tier.")
        .bounded("compute_units", INT, atLeast(1), "Compute units of an instance with this GPU.");
    return new RecordSpec("gpu", "A GPU model: memory, Kubernetes resource and labels, prices.")
        .required("vendor", enumOf("gpu vendor", "nvidia", "amd"), "GPU vendor.")
        .required("memory", MEMORY, "VRAM per device.")
        .required("architecture", enumOf("architecture", "turing", "ampere", "ada", "hopper", "blackwell", "cdna3"), "GPU generation.")
        .withDefault("confidential", BOOL, "false", "Can run in confidential-computing mode.")
        .required("resource", STRING, "Kubernetes extended resource, e.g. `nvidia.com/gpu`.")
        .optional("labels", new Type.MapOf(CLOUD, STRING), "Node-label value per cloud.")
        .optional("price", new Type.MapOf(CLOUD, PRICE), "On-demand price per GPU-hour per cloud.")
        .optional("aleph", new Type.Record(aleph), "Aleph Cloud device facts.");
  }

  private static RecordSpec region() {
    return new RecordSpec("region", "A region: its jurisdiction and its name per cloud.")
        .required("jurisdiction", JURISDICTION, "Legal territory of the region's data centres.")
        .optional("groups", new Type.ListOf(enumOf("residency group", "APAC")), "Wider residency groups, e.g. `[APAC]`.")
        .optional("names", new Type.MapOf(PUBLIC_CLOUD, STRING), "The region's name on aws, gcp, azure.")
        .optional("aleph", STRING, "Aleph CRN location hint.");
  }

  private static RecordSpec tee() {
    return new RecordSpec("tee", "A trusted execution environment and where it can be had.")
        .required("vendor", enumOf("tee vendor", "intel", "amd", "aws"), "Technology vendor.")
        .required("isolation", enumOf("isolation", "enclave", "vm"), "Process enclave or confidential VM.")
        .withDefault("gpu", BOOL, "false", "Can host a confidential GPU.")
        .required("targets", new Type.ListOf(TARGET), "Targets that can provide it.")
        .optional("clouds", new Type.ListOf(CLOUD), "Kubernetes clouds that can provide it.")
        .optional("gpu_clouds", new Type.ListOf(CLOUD), "Kubernetes clouds that can provide it with a GPU.")
        .optional("runtime_class", new Type.MapOf(CLOUD, STRING), "Pod runtimeClassName per cloud.")
        .optional("gpu_runtime_class", new Type.MapOf(CLOUD, STRING), "runtimeClassName with a GPU, per cloud.")
        .optional("gpu_resource", STRING, "GPU resource inside the TEE VM.")
        .optional("node_label", new Type.MapOf(CLOUD, STRING), "Node-selector value per cloud.")
        .optional("resource", STRING, "Extended resource of an enclave TEE.");
  }

  private static RecordSpec provider() {
    return new RecordSpec("provider", "An external LLM API provider.")
        .required("name", STRING, "Display name.")
        .required("jurisdiction", JURISDICTION, "Where the API processes prompts.")
        .required("host", STRING, "API host, for egress.")
        .withDefault("regional", BOOL, "false", "The customer picks the processing region.");
  }

  private static RecordSpec cloud() {
    return new RecordSpec("cloud", "How a Kubernetes cloud labels its nodes (std.cloud).")
        .required("gpu_label", STRING, "Node-label key of the NVIDIA GPU product.")
        .required("amd_gpu_label", STRING, "Node-label key of the AMD GPU product.")
        .withDefault("region_label", STRING, "\"topology.kubernetes.io/region\"", "Node-label key of the region.")
        .optional("region_names", PUBLIC_CLOUD, "Which column of a region's `names` this cloud uses; absent: the region's DNS name.")
        .required("spot_label", STRING, "Node-label key of the capacity type.")
        .required("spot_value", STRING, "Its value on spot nodes.")
        .optional("on_demand_value", STRING, "Its value on on-demand nodes.")
        .optional("spot_taint", STRING, "Taint key spot nodes carry.")
        .optional("spot_taint_value", STRING, "Value of that taint.")
        .optional("tee_label", STRING, "Node-label key selecting confidential nodes.")
        .optional("cpu_price", PRICE, "On-demand price per vCPU-hour, e.g. `0.04 USD/h`.")
        .optional("memory_price", PRICE, "On-demand price per GiB-hour of memory.")
        .bounded("spot_discount", PERCENT, between(0, 100), "How much cheaper spot capacity is than on-demand, e.g. `60%`.");
  }

  private static Type.Enum enumOf(String name, String... values) { return new Type.Enum(name, List.of(values)); }
}
