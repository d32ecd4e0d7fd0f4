package dev.agentc.target.compose;

import dev.agentc.ir.Exposure;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Workload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The comment at the top of compose.yaml: where the file comes from, how to run it under its
 * project name (which docker-compose 1.29 cannot read from the file), which secret files it
 * needs, what it publishes on the host, and what it does not enforce ({@link Caveats}).
 */
final class Header {
  private Header() {}

  static List<String> lines(Plan plan, Collection<String> secrets, List<String> caveats) {
    String project = ComposeNames.project(plan);
    List<String> out = new ArrayList<>();
    out.add("compose.yaml of deploy `" + plan.name() + "` (module " + plan.team() + "), written by agentc:");
    out.add("change the .agent sources and rebuild, not this file.");
    out.add("Compose project `" + project + "`: run `docker-compose -p " + project + " up -d` in this folder");
    out.add("(the file has no top-level `name:`, which docker-compose 1.29 rejects).");
    if (!secrets.isEmpty()) {
      out.add("Secrets are files beside this one, never written by agentc: "
          + String.join(", ", secrets.stream().map(ComposeNames::secretFile).toList()) + ".");
      out.add("A service reads a secret from the file its `<VARIABLE>_FILE` variable names.");
    }
    List<String> published = published(plan);
    if (!published.isEmpty()) {
      out.add("");
      out.add("Published on this host:");
      published.forEach(p -> out.add("  " + p));
    }
    if (!caveats.isEmpty()) {
      out.add("");
      out.add("Not enforced by Compose:");
      caveats.forEach(c -> out.add("  " + c));
    }
    return out;
  }

  private static List<String> published(Plan plan) {
    List<String> out = new ArrayList<>();
    for (Workload w : plan.workloads()) {
      Ports.published(w).ifPresent(p -> {
        Exposure e = w.expose().orElseThrow();
        String url = (e.tls() ? "https" : "http") + "://" + e.host() + e.path();
        List<String> proxied = new ArrayList<>();
        if (e.tls()) proxied.add("TLS");
        if (!e.path().equals("/")) proxied.add("the path " + e.path());
        String line = w.name() + ": " + p.spec() + " for " + url;
        out.add(proxied.isEmpty() ? line : line + "; " + String.join(" and ", proxied) + (proxied.size() == 1 ? " is" : " are")
            + " up to a proxy in front");
      });
    }
    return out;
  }
}
