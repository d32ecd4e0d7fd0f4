package dev.agentc.cli;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options `agentc plan` and `agentc apply` share. */
final class ProvisionOptions {
  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = ".", description = "The project. Default: the current directory.")
  Path path;

  @Option(names = "--deploy", paramLabel = "NAME", description = "Only this deploy.")
  String deploy;

  @Option(names = "--target", paramLabel = "NAME", description = "Only this target (kubernetes, compose, aleph, pulumi).")
  String target;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out", description = "Where the build's artefacts go. Default: ${DEFAULT-VALUE}.")
  String out;

  @Option(names = "--kubeconfig", paramLabel = "FILE", description = "The kubeconfig. Default: KUBECONFIG, else ~/.kube/config.")
  Path kubeconfig;

  @Option(names = "--secrets", paramLabel = "FILE", description = "Secret values as NAME=value lines (owner-only permissions). Also: AGENTC_SECRET_<NAME>.")
  Path secrets;

  @Option(names = "--prune", description = "Delete what an earlier apply of this deploy created and the build no longer holds.")
  boolean prune;

  @Option(names = "--force-conflicts", description = "Take over fields another field manager owns (Kubernetes server-side apply).")
  boolean forceConflicts;

  @Option(names = "--sign-key", paramLabel = "FILE", description = "Sign Aleph messages with the key in FILE (owner-only permissions). Also: AGENTC_ALEPH_KEY_FILE.")
  Path signKey;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
      description = "How long to wait for workloads and messages, e.g. 90s, 5m, 1h. Default: ${DEFAULT-VALUE}.")
  Duration timeout;

  @Mixin ColorOption color;
}
