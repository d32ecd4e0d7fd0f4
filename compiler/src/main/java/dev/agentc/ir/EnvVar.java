package dev.agentc.ir;

import dev.agentc.source.Span;

/** One environment variable. A secret is always a reference, never its value. */
public record EnvVar(String name, Value value, Span span) {
  /**
   * The values' equals and hashCode are written out (the same as a record's own): targets look up
   * every variable of every container by its value, and a record's own run through method
   * handles, slow in agentc's C1-only JVM.
   */
  public sealed interface Value {
    /** A plain string, written into the artefact. */
    record Literal(String text) implements Value {
      @Override
      public boolean equals(Object o) { return o instanceof Literal l && l.text.equals(text); }

      @Override
      public int hashCode() { return text.hashCode(); }
    }

    /** A key of the deploy's secret object, filled at apply time. */
    record Secret(String key) implements Value {
      @Override
      public boolean equals(Object o) { return o instanceof Secret s && s.key.equals(key); }

      @Override
      public int hashCode() { return key.hashCode(); }
    }

    /** The address of another workload of the plan, e.g. `http://memory:6379`: each target renders its own host name. */
    record Endpoint(String workload, String scheme, int port) implements Value {
      @Override
      public boolean equals(Object o) { return o instanceof Endpoint e && e.port == port && e.workload.equals(workload) && e.scheme.equals(scheme); }

      @Override
      public int hashCode() { return (workload.hashCode() * 31 + scheme.hashCode()) * 31 + port; }
    }
  }
}
