package dev.agentc.ir;

import dev.agentc.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * The container of a workload: image, command line, port, environment and probes.
 *
 * @param command replaces the image's entrypoint when not empty
 * @param args arguments after the entrypoint (model server and store flags)
 * @param slowStart the process loads a model first: targets give it a long startup grace
 */
public record Container(
    Sourced<String> image,
    List<String> command,
    List<String> args,
    Optional<Port> port,
    List<EnvVar> env,
    Optional<Probe> health,
    Optional<Probe> ready,
    boolean slowStart) {
  public Container {
    command = List.copyOf(command);
    args = List.copyOf(args);
    env = List.copyOf(env);
  }

  /** The port a workload listens on; services put it behind port 80. */
  public record Port(int number, String protocol, Span span) {}

  /** A liveness or readiness check. */
  public sealed interface Probe {
    Span span();

    record Http(String path, Span span) implements Probe {}

    record Exec(List<String> command, Span span) implements Probe {
      public Exec {
        command = List.copyOf(command);
      }
    }
  }
}
