package dev.agentc.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentc.build.Build;
import dev.agentc.diag.render.Json;
import dev.agentc.target.Output;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a build wrote: per deploy and target, its folder and how many objects of each kind went into each group (cluster, file). */
final class Summary {
  private final List<Build.Unit> units;

  Summary(List<Build.Unit> units) { this.units = units; }

  String human(String out) {
    StringBuilder b = new StringBuilder();
    for (Build.Unit u : units) {
      b.append("wrote ").append(out).append('/').append(u.dir()).append(" (").append(Plural.count(u.files().size(), "file")).append(")\n");
      groups(u).forEach((group, kinds) -> {
        b.append("  ").append(group).append(": ");
        b.append(String.join(", ", kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList())).append('\n');
      });
    }
    long files = units.stream().mapToLong(u -> u.files().size()).sum();
    b.append("built ").append(Plural.count(units.size(), "deploy target")).append(", ").append(Plural.count(files, "file")).append('\n');
    return b.toString();
  }

  String json() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode list = root.putArray("units");
    for (Build.Unit u : units) {
      ObjectNode n = list.addObject();
      n.put("project", u.project());
      n.put("deploy", u.deploy());
      n.put("target", u.target());
      n.put("dir", u.dir());
      ArrayNode files = n.putArray("files");
      u.files().keySet().forEach(files::add);
      ObjectNode objects = n.putObject("objects");
      groups(u).forEach((group, kinds) -> {
        ObjectNode g = objects.putObject(group);
        kinds.forEach(g::put);
      });
    }
    return Json.write(root);
  }

  static String checkJson(List<String> differ) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("upToDate", differ.isEmpty());
    ArrayNode list = root.putArray("differ");
    differ.forEach(list::add);
    return Json.write(root);
  }

  private static Map<String, Map<String, Integer>> groups(Build.Unit u) {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    for (Output.ObjectCount c : u.summary()) out.computeIfAbsent(c.group(), g -> new TreeMap<>()).merge(c.kind(), c.count(), Integer::sum);
    return out;
  }
}
