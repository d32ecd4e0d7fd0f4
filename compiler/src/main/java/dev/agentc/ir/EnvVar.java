package dev.agentc.ir;

import dev.agentc.source.Span;

/** One environment variable. A secret is always a reference, never its value. */
public record EnvVar(String name, Value value, Span span) {
  public sealed interface Value {
    /** A plain string, written into the artefact. */
    record Literal(String text) implements Value {}

    /** A key of the deploy's secret object, filled at apply time. */
    record Secret(String key) implements Value {}

    /** The address of another workload of the plan, e.g. `http://memory:6379`: each target renders its own host name. */
    record Endpoint(String workload, String scheme, int port) implements Value {}
  }
}
