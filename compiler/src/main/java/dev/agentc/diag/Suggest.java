package dev.agentc.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" for names, fields and modules: the closest candidate by edit distance, or a
 * dotted name that ends in the same segment ({@code gpu} → {@code std.gpu}). Deterministic: ties
 * go to the alphabetically first candidate, so output never depends on collection order.
 */
public final class Suggest {
  /** Largest edit distance that still counts as a typo. */
  public static final int MAX_DISTANCE = 2;

  private Suggest() {}

  /**
   * The candidate closest to {@code target}, if any is close enough: an edit distance of at most
   * {@link #MAX_DISTANCE} (a difference only in letter case counts as 1) that does not rewrite
   * the whole name, or else a dotted name with the same last segment. {@code target} itself is
   * never suggested.
   */
  public static Optional<String> closest(String target, Collection<String> candidates) {
    if (target == null || candidates == null || candidates.isEmpty()) return Optional.empty();
    String lowerTarget = target.toLowerCase(Locale.ROOT);
    String lastTarget = lastSegment(target);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String bestBySegment = null;
    for (String c : candidates) {
      if (c == null || c.equals(target)) continue;
      int d = distance(target, c, lowerTarget);
      if (d <= MAX_DISTANCE && d < Math.max(target.length(), c.length())) {
        if (d < bestDistance || (d == bestDistance && c.compareTo(best) < 0)) {
          best = c;
          bestDistance = d;
        }
      } else if (!lastTarget.isEmpty() && lastSegment(c).equals(lastTarget)) {
        if (bestBySegment == null || c.compareTo(bestBySegment) < 0) bestBySegment = c;
      }
    }
    return Optional.ofNullable(best != null ? best : bestBySegment);
  }

  private static int distance(String target, String candidate, String lowerTarget) {
    int exact = levenshtein(target, candidate, MAX_DISTANCE);
    if (exact <= 1) return exact;
    int folded = levenshtein(lowerTarget, candidate.toLowerCase(Locale.ROOT), MAX_DISTANCE - 1) + 1;
    return Math.min(exact, folded);
  }

  private static String lastSegment(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }

  /**
   * Levenshtein distance of {@code a} and {@code b}, or {@code max + 1} when it exceeds
   * {@code max}. Only a band of width {@code 2·max+1} is computed, so long strings stay cheap.
   */
  public static int levenshtein(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    int inf = max + 1;
    if (Math.abs(n - m) > max) return inf;
    int[] prev = new int[m + 2];
    int[] cur = new int[m + 2];
    for (int j = 0; j <= m + 1; j++) prev[j] = j <= max ? j : inf;
    for (int i = 1; i <= n; i++) {
      int lo = Math.max(1, i - max);
      int hi = Math.min(m, i + max);
      cur[lo - 1] = lo == 1 ? Math.min(i, inf) : inf;
      int rowMin = cur[lo - 1];
      char ca = a.charAt(i - 1);
      for (int j = lo; j <= hi; j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j - 1] + cost, prev[j] + 1), cur[j - 1] + 1);
        cur[j] = Math.min(v, inf);
        rowMin = Math.min(rowMin, cur[j]);
      }
      cur[hi + 1] = inf;
      if (rowMin >= inf) return inf;
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], inf);
  }
}
