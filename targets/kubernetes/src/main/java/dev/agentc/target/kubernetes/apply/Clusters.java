package dev.agentc.target.kubernetes.apply;

import dev.agentc.apply.ApplyException;
import dev.agentc.apply.ApplyOptions;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Opens a client for a kube context; tests pass one that returns the mock server's client. */
@FunctionalInterface
interface Clusters {
  KubernetesClient connect(Optional<String> context, Plan plan, ApplyOptions options);

  /** The kubeconfig of `--kubeconfig`, else the first file of `KUBECONFIG`, else `~/.kube/config`. */
  Clusters KUBECONFIG = (context, plan, options) -> {
    Optional<Path> file = options.kubeconfig()
        .or(() -> Optional.ofNullable(options.build().env().get("KUBECONFIG")).filter(s -> !s.isBlank())
            .map(s -> Path.of(s.split(File.pathSeparator)[0])))
        .or(() -> Optional.of(Path.of(System.getProperty("user.home"), ".kube", "config")));
    Path path = file.orElseThrow();
    String shown = "`" + path + "`";
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ApplyException(Diagnostic.of(Code.E0719, plan.span(), shown, Files.exists(path) ? "it cannot be read" : "the file does not exist")
          .hint("pass the cluster's kubeconfig with `--kubeconfig FILE` or `KUBECONFIG`").build());
    }
    Config config;
    try {
      config = Config.fromKubeconfig(context.orElse(null), text, path.toString());
    } catch (RuntimeException e) {
      throw new ApplyException(Diagnostic.of(Code.E0719, plan.span(), shown, "it is not a valid kubeconfig").build());
    }
    if (context.isPresent() && config.getContexts().stream().map(NamedContext::getName).noneMatch(context.get()::equals)) {
      throw new ApplyException(Diagnostic.of(Code.E0719, plan.span(), shown, "it has no context `" + context.get() + "`")
          .label(plan.settings().kubernetes().orElseThrow().span(), "the deploy's `clusters` map a region to `" + context.get() + "`")
          .hint("add the context (`kubectl config set-context`), or map the region to one of: "
              + String.join(", ", config.getContexts().stream().map(NamedContext::getName).toList())).build());
    }
    // Fail fast: a cluster that does not answer is reported, not retried for minutes.
    config.setRequestRetryBackoffLimit(0);
    config.setConnectionTimeout(10_000);
    return new KubernetesClientBuilder().withConfig(config).build();
  };
}
