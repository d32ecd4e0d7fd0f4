package dev.agentc.target.kubernetes;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The end of a `cron(schedule, replicas)` window. The language gives only when the window starts;
 * KEDA's cron trigger also needs when it ends. agentc holds the replicas for one hour from each
 * start: the end is the schedule with every hour moved one later (`0 7 * * 1-5` → `0 8 * * 1-5`,
 * `0 9-17 * * *` → `0 10-18 * * *`). That needs the hours written out (numbers, lists, ranges);
 * an hour past 23 wraps to 0 only when the day fields are `*`, since the end would fall on the
 * next day.
 */
final class CronWindow {
  private CronWindow() {}

  /** The end schedule, or empty when the start's hour field is not a plain list of hours (`*`, steps). */
  static Optional<String> end(String schedule) {
    String[] f = schedule.trim().split("\\s+");
    if (f.length != 5) return Optional.empty();
    TreeSet<Integer> hours = new TreeSet<>();
    for (String item : f[1].split(",", -1)) {
      if (!item.matches("\\d{1,2}(-\\d{1,2})?")) return Optional.empty();
      String[] ends = item.split("-");
      int from = Integer.parseInt(ends[0]);
      int to = Integer.parseInt(ends[ends.length - 1]);
      if (from > to || to > 23) return Optional.empty();
      for (int h = from; h <= to; h++) hours.add(h + 1);
    }
    if (hours.remove(24)) {
      if (!(f[2].equals("*") && f[3].equals("*") && f[4].equals("*"))) return Optional.empty();
      hours.add(0);
    }
    return Optional.of(f[0] + " " + render(hours) + " " + f[2] + " " + f[3] + " " + f[4]);
  }

  /** Hours (at least one) as a cron list, consecutive runs as ranges: {0, 10, 11, 12} → `0,10-12`. */
  private static String render(TreeSet<Integer> hours) {
    List<String> items = new ArrayList<>();
    Iterator<Integer> it = hours.iterator();
    int start = it.next();
    int end = start;
    while (it.hasNext()) {
      int h = it.next();
      if (h != end + 1) {
        items.add(run(start, end));
        start = h;
      }
      end = h;
    }
    items.add(run(start, end));
    return String.join(",", items);
  }

  private static String run(int start, int end) { return start == end ? Integer.toString(start) : start + "-" + end; }
}
