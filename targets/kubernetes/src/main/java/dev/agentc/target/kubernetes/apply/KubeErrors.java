package dev.agentc.target.kubernetes.apply;

import dev.agentc.apply.ApplyException;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.util.Optional;

/** What a failed request to a cluster means for the user: one diagnostic per way it fails, with the way out. */
final class KubeErrors {
  private KubeErrors() {}

  /**
   * @param where the cluster (`kube context `eu``)
   * @param doing what was being done (`apply Deployment shop/triage`)
   */
  static ApplyException of(KubernetesClientException e, Plan plan, String where, String doing) {
    if (connectionFailed(e)) return new ApplyException(unreachable(e, plan, where));
    String reason = reason(e);
    Diagnostic d = switch (e.getCode()) {
      case 401 -> Diagnostic.of(Code.E0702, plan.span(), where, reason)
          .hint("the credentials in the kubeconfig have expired or were revoked: log in again (e.g. `aws eks update-kubeconfig`, "
              + "`gcloud container clusters get-credentials`, `az aks get-credentials`) and rerun").build();
      case 403 -> Diagnostic.of(Code.E0703, plan.span(), where, "agentc to " + doing + ": " + reason)
          .label(plan.settings().kubernetes().map(k -> k.span()).orElse(plan.span()), "the namespace is `" + Desired.namespace(plan) + "`")
          .hint("ask the cluster's administrator for a Role that allows it in this namespace, or set `namespace` in the deploy's "
              + "`kubernetes { }` block to one you may write to").build();
      case 409 -> Diagnostic.of(Code.E0704, plan.span(), doing.replaceFirst("^apply ", ""), reason)
          .hint("rerun with `--force-conflicts` to take these fields over from the other manager, or remove them from what it applies").build();
      default -> Diagnostic.of(Code.E0718, plan.span(), where, "HTTP " + e.getCode() + " to the request to " + doing + ": " + reason).build();
    };
    return new ApplyException(d);
  }

  private static Diagnostic unreachable(KubernetesClientException e, Plan plan, String where) {
    return Diagnostic.of(Code.E0701, plan.span(), where, connectionProblem(e))
        .hint("check that the cluster is running and reachable from here (VPN, firewall), and that the kubeconfig's server address is right; "
            + "`kubectl cluster-info` tells the same").build();
  }

  /** No answer at all: the request never got an HTTP status (refused, timed out, unknown host, TLS failure). */
  private static boolean connectionFailed(KubernetesClientException e) {
    if (e.getStatus() != null && e.getCode() > 0) return false;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) if (t instanceof IOException) return true;
    return e.getCode() <= 0;
  }

  /** What went wrong with the connection, in words: the first I/O failure in the chain. */
  private static String connectionProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String msg = t.getMessage() == null ? "" : t.getMessage();
      switch (t) {
        case java.net.ConnectException c -> { return "the connection was refused" + (msg.isBlank() ? "" : " (" + msg + ")"); }
        case java.net.UnknownHostException u -> { return "the host `" + msg + "` is unknown"; }
        case java.net.http.HttpTimeoutException h -> { return "it did not answer in time"; }
        case java.net.SocketTimeoutException s -> { return "it did not answer in time"; }
        case javax.net.ssl.SSLException s -> { return "the TLS handshake failed: " + msg; }
        default -> { }
      }
    }
    return rootCause(e);
  }

  private static String reason(KubernetesClientException e) {
    return Optional.ofNullable(e.getStatus()).map(s -> s.getMessage()).filter(m -> !m.isBlank()).orElse(rootCause(e));
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    String msg = t.getMessage();
    String name = t instanceof IOException ? t.getClass().getSimpleName() : "";
    return (msg == null || msg.isBlank()) ? (name.isEmpty() ? t.getClass().getSimpleName() : name) : (name.isEmpty() ? msg : name + ": " + msg);
  }
}
