package dev.agentc.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentc.analysis.egress.EgressReport;
import dev.agentc.diag.render.Json;
import dev.agentc.ir.Egress;
import java.util.List;
import java.util.stream.Collectors;

/**
 * `agentc check --explain-egress`: every host each workload of each deploy may call, as text on
 * stdout, or as the `egress` array of the JSON document. A project with errors has no plans, so
 * it lists nothing.
 */
final class EgressListing {
  private EgressListing() {}

  /** The deploys of one project. */
  record Project(String name, boolean hasErrors, List<EgressReport> deploys) {
    Project {
      deploys = List.copyOf(deploys);
    }
  }

  static String human(List<Project> projects) {
    StringBuilder out = new StringBuilder();
    for (Project p : projects) {
      if (p.hasErrors()) out.append("egress of `").append(p.name()).append("`: not listed, the project has errors\n\n");
      for (EgressReport r : p.deploys()) {
        out.append("egress of `").append(p.name()).append("`, deploy `").append(r.deploy()).append("` (")
            .append(r.restricted() ? "a policy allows only these hosts" : "no policy restricts egress").append(")\n");
        r.enforcement().forEach((target, how) -> out.append("  ").append(target).append(": ").append(how).append('\n'));
        for (EgressReport.Entry e : r.workloads()) {
          out.append("  ").append(e.workload()).append('\n');
          for (Egress.Host h : e.hosts()) out.append("    ").append(h.host()).append(':').append(h.port()).append("  ").append(h.origin()).append('\n');
          if (!e.peers().isEmpty()) {
            out.append("    inside the deploy: ")
                .append(e.peers().stream().map(x -> x.workload() + ":" + x.port()).distinct().collect(Collectors.joining(", "))).append('\n');
          }
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  static ArrayNode json(List<Project> projects) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (Project p : projects) {
      for (EgressReport r : p.deploys()) {
        ObjectNode d = out.addObject();
        d.put("project", p.name());
        d.put("deploy", r.deploy());
        d.put("restricted", r.restricted());
        ObjectNode enforcement = d.putObject("enforcement");
        r.enforcement().forEach(enforcement::put);
        ArrayNode workloads = d.putArray("workloads");
        for (EgressReport.Entry e : r.workloads()) {
          ObjectNode w = workloads.addObject();
          w.put("name", e.workload());
          ArrayNode hosts = w.putArray("hosts");
          for (Egress.Host h : e.hosts()) hosts.addObject().put("host", h.host()).put("port", h.port()).put("for", h.origin());
          ArrayNode peers = w.putArray("peers");
          for (Egress.Peer x : e.peers()) peers.addObject().put("workload", x.workload()).put("port", x.port());
        }
      }
    }
    return out;
  }
}
