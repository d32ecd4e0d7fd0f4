package dev.agentc.target.compose;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Role;
import dev.agentc.ir.Settings;
import dev.agentc.ir.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one Docker host cannot do beyond the feature table: publish one host port for several
 * replicas (E0509), run a project whose name Compose v2 refuses (E0313), or replicate a store,
 * whose replicas would share one volume (W0501: it runs one). Placement in several clusters is
 * no problem: everything runs on the one host.
 */
final class HostLimits {
  /** Compose v2's rule for project names; docker-compose 1.29 silently strips anything else. */
  private static final Pattern PROJECT = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private HostLimits() {}

  static List<Diagnostic> of(Plan plan) {
    List<Diagnostic> out = new ArrayList<>();
    plan.settings().compose().ifPresent(c -> project(c).ifPresent(out::add));
    for (Workload w : plan.workloads()) {
      Ports.published(w).filter(p -> DeployBlock.replicas(w) > 1).ifPresent(p -> out.add(
          Diagnostic.of(Code.E0509, w.scaling().span().isNone() ? p.span() : w.scaling().span(), "`" + w.name() + "` runs "
                  + Caveats.replicas(DeployBlock.replicas(w)) + " on one host, and only one of them can publish port " + p.port())
              .label(p.span(), "published because of this `expose`")
              .hint("run one replica in this deploy: `override " + w.id().substring(w.id().lastIndexOf('.') + 1) + " { scale = none }`").build()));
      if (w.role() == Role.STORE && w.scaling().min() > 1) {
        out.add(Diagnostic.of(Code.W0501, w.scaling().span().isNone() ? w.span() : w.scaling().span(), "compose",
                w.scaling().min() + " replicas of the store `" + w.name() + "`")
            .hint("Compose runs one, since its replicas would share one volume; build for kubernetes for a replicated store").build());
      }
    }
    return out;
  }

  private static Optional<Diagnostic> project(Settings.Compose c) {
    return c.project().filter(p -> !PROJECT.matcher(p).matches()).map(p -> {
      String suggestion = p.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[-_]+|[-_]+$", "");
      Diagnostic.Builder d = Diagnostic.of(Code.E0313, c.span(), p,
          "a Compose project name has lowercase letters, digits, `-` and `_`, and starts with a letter or digit");
      return (suggestion.isEmpty() ? d.hint("choose another `project`") : d.hint("try `project = \"" + suggestion + "\"`")).build();
    });
  }
}
