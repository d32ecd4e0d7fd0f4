package dev.agentc.cli;

import static dev.agentc.analysis.cost.WorkloadCost.money;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentc.analysis.cost.DeployCost;
import dev.agentc.analysis.cost.WorkloadCost;
import dev.agentc.diag.render.Json;
import dev.agentc.ir.Budget;
import dev.agentc.model.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The monthly cost of deploys as `agentc cost` prints it: an aligned table, JSON or CSV. A missing price shows as `unknown`, never 0. */
final class CostReport {
  /** One deploy's cost, with the project it belongs to and its `max_monthly`. */
  record Entry(String project, DeployCost cost, Optional<Budget> maxMonthly) {}

  private static final String UNKNOWN = "unknown";
  private static final List<String> COLUMNS = List.of("workload", "role", "replicas", "per replica", "at min", "at max", "budget");

  private final List<Entry> entries;

  CostReport(List<Entry> entries) { this.entries = List.copyOf(entries); }

  String table() {
    StringBuilder b = new StringBuilder();
    for (Entry e : entries) {
      if (!b.isEmpty()) b.append('\n');
      b.append("deploy ").append(e.cost().deploy()).append(" (").append(e.project()).append("): cloud ").append(e.cost().cloud()).append(", ")
          .append(DeployCost.CURRENCY).append(" a month of ").append(Value.Price.HOURS_PER_MONTH).append(" h\n");
      List<List<String>> rows = new ArrayList<>();
      rows.add(COLUMNS);
      for (WorkloadCost w : e.cost().workloads()) {
        rows.add(List.of(w.workload().name(), role(w), replicas(w), amount(w.perReplica()) + (w.spot() ? " spot" : ""), amount(w.atMin()),
            amount(w.atMax()), w.workload().budget().map(x -> money(x.monthly()) + " " + x.currency()).orElse("")));
      }
      rows.add(List.of("total", "", "", "", amount(e.cost().atMin()), amount(e.cost().atMax()),
          e.maxMonthly().map(x -> "max " + money(x.monthly()) + " " + x.currency()).orElse("")));
      align(b, rows);
      for (WorkloadCost w : e.cost().workloads()) w.unknown().ifPresent(u -> b.append("unknown: ").append(w.workload().name()).append(": ").append(u).append('\n'));
    }
    return b.toString();
  }

  String json() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("version", 1);
    ArrayNode deploys = root.putArray("deploys");
    for (Entry e : entries) {
      ObjectNode d = deploys.addObject();
      d.put("project", e.project());
      d.put("deploy", e.cost().deploy());
      d.put("cloud", e.cost().cloud());
      d.put("currency", DeployCost.CURRENCY);
      d.put("hoursPerMonth", Value.Price.HOURS_PER_MONTH);
      ArrayNode list = d.putArray("workloads");
      for (WorkloadCost w : e.cost().workloads()) {
        ObjectNode n = list.addObject();
        n.put("name", w.workload().name());
        n.put("role", role(w));
        n.putObject("replicas").put("min", w.min()).put("max", w.max());
        n.put("spot", w.spot());
        n.put("perReplica", rounded(w.perReplica()));
        n.put("atMin", rounded(w.atMin()));
        n.put("atMax", rounded(w.atMax()));
        n.put("formula", w.formula());
        w.workload().budget().ifPresent(x -> n.putObject("budget").put("monthly", rounded(Optional.of(x.monthly()))).put("currency", x.currency()));
        w.unknown().ifPresent(u -> n.put("unknown", u));
      }
      ObjectNode total = d.putObject("total");
      total.put("atMin", rounded(e.cost().atMin()));
      total.put("atMax", rounded(e.cost().atMax()));
      e.maxMonthly().ifPresent(x -> d.putObject("maxMonthly").put("monthly", rounded(Optional.of(x.monthly()))).put("currency", x.currency()));
    }
    return Json.write(root);
  }

  String csv() {
    StringBuilder b = new StringBuilder("project,deploy,cloud,workload,role,min_replicas,max_replicas,spot,per_replica,at_min,at_max,budget,unknown\n");
    for (Entry e : entries) {
      String head = csv(e.project()) + "," + csv(e.cost().deploy()) + "," + e.cost().cloud() + ",";
      for (WorkloadCost w : e.cost().workloads()) {
        b.append(head).append(w.workload().name()).append(',').append(role(w)).append(',').append(w.min()).append(',').append(w.max()).append(',')
            .append(w.spot()).append(',').append(amount(w.perReplica())).append(',').append(amount(w.atMin())).append(',').append(amount(w.atMax()))
            .append(',').append(w.workload().budget().map(x -> money(x.monthly())).orElse("")).append(',').append(csv(w.unknown().orElse("")))
            .append('\n');
      }
      b.append(head).append("total,,,,,,").append(amount(e.cost().atMin())).append(',').append(amount(e.cost().atMax())).append(',')
          .append(e.maxMonthly().map(x -> money(x.monthly())).orElse("")).append(",\n");
    }
    return b.toString();
  }

  private static String role(WorkloadCost w) { return w.workload().role().name().toLowerCase(Locale.ROOT).replace('_', ' '); }

  private static String replicas(WorkloadCost w) { return w.min() == w.max() ? Integer.toString(w.min()) : w.min() + ".." + w.max(); }

  private static String amount(Optional<BigDecimal> a) { return a.map(WorkloadCost::money).orElse(UNKNOWN); }

  private static BigDecimal rounded(Optional<BigDecimal> a) { return a.map(x -> x.setScale(2, RoundingMode.HALF_UP)).orElse(null); }

  /** RFC 4180: quoted when it holds a comma, a quote or a line break. */
  private static String csv(String field) {
    return field.matches("(?s).*[,\"\\n].*") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }

  /** Text columns left-aligned, figures right-aligned, two spaces apart. */
  private static void align(StringBuilder b, List<List<String>> rows) {
    int[] width = new int[COLUMNS.size()];
    for (List<String> r : rows) for (int i = 0; i < r.size(); i++) width[i] = Math.max(width[i], r.get(i).length());
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        if (i > 0) line.append("  ");
        boolean figure = i >= 3 && i <= 5;
        String pad = " ".repeat(width[i] - r.get(i).length());
        line.append(figure ? pad + r.get(i) : r.get(i) + pad);
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
