package dev.agentc.apply;

import dev.agentc.target.BuildOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What the user said on the command line of `agentc plan` and `agentc apply`.
 *
 * @param kubeconfig `--kubeconfig`; else `KUBECONFIG` or `~/.kube/config`
 * @param secrets the secret values supplied for this run
 * @param prune delete what this deploy created before and no longer builds
 * @param forceConflicts take over fields another field manager owns
 * @param timeout how long to wait for workloads to become ready
 * @param build the build's options (signing key, sender, environment)
 */
public record ApplyOptions(Optional<Path> kubeconfig, SecretValues secrets, boolean prune, boolean forceConflicts, Duration timeout,
    BuildOptions build) {}
