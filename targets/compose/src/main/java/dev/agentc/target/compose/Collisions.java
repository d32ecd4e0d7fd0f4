package dev.agentc.target.compose;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.EnvVar;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Workload;
import dev.agentc.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * E0510: two things that would take the same name in the one Compose file — a service, a volume,
 * a secret, a variable of one service (a secret `X` becomes `X_FILE`, which may clash with an `X_FILE`
 * written in `env`), or a port published on the host.
 */
final class Collisions {
  private Collisions() {}

  static List<Diagnostic> of(Plan plan) {
    List<Diagnostic> out = new ArrayList<>();
    Claims services = new Claims();
    Claims volumes = new Claims();
    Claims hostPorts = new Claims();
    for (Workload w : plan.workloads()) {
      services.claim(w.name(), w.id(), w.span()).ifPresent(first -> out.add(
          collision(w.span(), "`" + first.owner() + "` and `" + w.id() + "` would both be the Compose service `" + w.name() + "`", first.span())
              .hint("rename one of them").build()));
      if (w.storage().isPresent()) {
        String volume = ComposeNames.volume(w);
        volumes.claim(volume, w.id(), w.span()).ifPresent(first -> out.add(
            collision(w.span(), "`" + first.owner() + "` and `" + w.id() + "` would both keep their data in the volume `" + volume + "`", first.span())
                .hint("rename one of the stores").build()));
      }
      Ports.published(w).ifPresent(p -> hostPorts.claim(Integer.toString(p.port()), w.name(), p.span()).ifPresent(first -> out.add(
          collision(p.span(), "`" + first.owner() + "` and `" + w.name() + "` would both publish port " + p.port() + " on the host", first.span())
              .hint("give one of them another `port` for this deploy with an `override`, or drop its `expose`").build())));
      out.addAll(variables(plan, w));
    }
    Claims secrets = new Claims();
    for (Plan.SecretRef s : plan.secrets()) {
      secrets.claim(s.key(), s.id(), s.span()).ifPresent(first -> out.add(
          collision(s.span(), "`" + first.owner() + "` and `" + s.id() + "` would both be the Compose secret `" + s.key() + "` (file "
              + ComposeNames.secretFile(s.key()) + ")", first.span()).hint("rename one of the secrets").build()));
    }
    return out;
  }

  private static List<Diagnostic> variables(Plan plan, Workload w) {
    List<Diagnostic> out = new ArrayList<>();
    Claims names = new Claims();
    for (Environment.Entry e : Environment.of(plan, w).entries()) {
      names.claim(e.name(), origin(e.from()), e.from().span()).ifPresent(first -> {
        Span at = !e.from().span().isNone() ? e.from().span() : !first.span().isNone() ? first.span() : w.span();
        out.add(collision(at, "the service `" + w.name() + "` would get the variable `" + e.name() + "` twice: from " + first.owner()
            + " and from " + origin(e.from()), first.span())
            .hint("rename one of them in `env`: Compose passes a secret as the path of its file, in `<VARIABLE>_FILE`").build());
      });
    }
    return out;
  }

  private static String origin(EnvVar v) {
    return v.value() instanceof EnvVar.Value.Secret ? "the secret in `" + v.name() + "`" : "`" + v.name() + "`";
  }

  private static Diagnostic.Builder collision(Span at, String message, Span other) {
    return Diagnostic.of(Code.E0510, at, message).label(other.equals(at) ? Span.NONE : other, "the other one");
  }
}
