package dev.agentc.ir;

import dev.agentc.ir.Container.Probe;
import dev.agentc.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * The pinned images and conventions of the engines agentc runs itself: model servers, stores and
 * the swarm router. Pinned so that builds are reproducible; a declaration's `image` overrides.
 */
final class Engines {
  private Engines() {}

  /** agentc's router image: routes to `<MEMBER>_URL` by `ROUTER` (intent, round_robin, sequential). */
  static final String ROUTER_IMAGE = "ghcr.io/agentc-dev/router:0.1.0";
  static final int ROUTER_PORT = 8080;
  /** Port every model server listens on; the engines are told so on their command line. */
  static final int MODEL_PORT = 8000;

  record Server(String image, int port, List<String> args, Probe health) {}

  /** The model server of {@code engine} for weights at {@code weights} ({@code hf://org/name} or a path). */
  static Server modelServer(String engine, String weights, String precision, long context) {
    String model = weights.startsWith("hf://") ? weights.substring(5) : weights;
    return switch (engine) {
      case "tgi" -> new Server("ghcr.io/huggingface/text-generation-inference:3.0.1", MODEL_PORT,
          List.of("--model-id", model, "--port", Integer.toString(MODEL_PORT), "--max-total-tokens", Long.toString(context)),
          new Probe.Http("/health", Span.NONE));
      case "ollama" -> new Server("ollama/ollama:0.5.4", 11434, List.of(), new Probe.Http("/", Span.NONE));
      default -> new Server("vllm/vllm-openai:v0.6.4", MODEL_PORT,
          List.of("--model", model, "--port", Integer.toString(MODEL_PORT), "--dtype", vllmDtype(precision), "--max-model-len", Long.toString(context)),
          new Probe.Http("/health", Span.NONE));
    };
  }

  private static String vllmDtype(String precision) {
    return switch (precision) {
      case "fp32" -> "float32";
      case "bf16" -> "bfloat16";
      default -> "float16"; // fp16, and quantized weights run with fp16 activations
    };
  }

  /**
   * A store engine. {@code credentials}, when present, is how its image takes a user and password
   * (the password is a secret supplied at apply); its users get `<STORE>_USER` and `<STORE>_PASSWORD`.
   *
   * @param dataPath where the engine's image keeps its data: a path inside the container, not on any host
   */
  record Store(String image, int port, String scheme, String dataPath, Optional<Probe> probe, Optional<Credentials> credentials) {}

  /** @param userVariable the image's variable for the user name, empty when the user is fixed */
  record Credentials(String user, Optional<String> userVariable, String passwordVariable) {}

  static Store store(String engine) {
    return switch (engine) {
      case "postgres" -> new Store("postgres:17.2", 5432, "postgres", "/var/lib/postgresql/data",
          Optional.of(new Probe.Exec(List.of("pg_isready", "-U", "postgres"), Span.NONE)),
          Optional.of(new Credentials("postgres", Optional.empty(), "POSTGRES_PASSWORD")));
      case "qdrant" -> new Store("qdrant/qdrant:v1.12.5", 6333, "http", "/qdrant/storage", Optional.of(new Probe.Http("/readyz", Span.NONE)),
          Optional.empty());
      case "weaviate" -> new Store("semitechnologies/weaviate:1.28.2", 8080, "http", "/var/lib/weaviate",
          Optional.of(new Probe.Http("/v1/.well-known/ready", Span.NONE)), Optional.empty());
      case "rabbitmq" -> new Store("rabbitmq:4.0.5", 5672, "amqp", "/var/lib/rabbitmq",
          Optional.of(new Probe.Exec(List.of("rabbitmq-diagnostics", "-q", "ping"), Span.NONE)),
          // RabbitMQ's default `guest` user may only connect from localhost.
          Optional.of(new Credentials("agentc", Optional.of("RABBITMQ_DEFAULT_USER"), "RABBITMQ_DEFAULT_PASS")));
      default -> new Store("redis:7.4.1", 6379, "redis", "/data", Optional.of(new Probe.Exec(List.of("redis-cli", "ping"), Span.NONE)),
          Optional.empty());
    };
  }

  /** Command-line flags of a store for its persistence mode (redis only). */
  static List<String> storeArgs(String engine, String persistence) {
    if (!engine.equals("redis")) return List.of();
    return switch (persistence) {
      case "aof" -> List.of("--appendonly", "yes");
      case "rdb" -> List.of("--save", "60", "1000");
      default -> List.of("--save", "", "--appendonly", "no");
    };
  }
}
