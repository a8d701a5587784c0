package dev.observatory.slo.spec;

import dev.observatory.slo.model.Selector;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Spanmetrics;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One model, whatever the format: PromQL queries that are only a sum of rates of one selector
 * become selector-based events, and selector-based events that are a spanmetrics expansion become
 * its shorthand. Every mapper passes its SLIs through here.
 */
final class SliShapes {
  /** {@code sum(rate(SELECTOR[{{.window}}]))}: the query shape that becomes a plain selector. */
  private static final Pattern SUM_RATE =
      Pattern.compile("\\s*sum\\s*\\(\\s*rate\\s*\\(\\s*(.+?)\\s*\\[\\s*\\{\\{\\s*\\.window\\s*\\}\\}\\s*\\]\\s*\\)\\s*\\)\\s*", Pattern.DOTALL);

  private SliShapes() {}

  static Sli normalize(Sli sli) {
    if (sli instanceof Sli.Events events) return Spanmetrics.recognise(events);
    if (sli instanceof Sli.Promql p && p.errorQuery() != null) {
      Selector total = sumRateSelector(p.totalQuery());
      if (total == null) return sli;
      Selector bad = sumRateSelector(p.errorQuery());
      if (bad != null) return Spanmetrics.recognise(new Sli.Events(total, null, bad));
      Selector good = goodFromDifference(p.errorQuery(), total);
      if (good != null) return Spanmetrics.recognise(new Sli.Events(total, good, null));
    }
    return sli;
  }

  /** The selector inside {@code sum(rate(SELECTOR[{{.window}}]))}, or null for any other shape. */
  static Selector sumRateSelector(String query) {
    Matcher m = SUM_RATE.matcher(query);
    if (!m.matches()) return null;
    try {
      return Selector.parse(m.group(1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The good selector of {@code (sum(rate(TOTAL[{{.window}}])) - sum(rate(GOOD[{{.window}}])))},
   * the error query that {@link SlothWriter} writes for a good-events SLI; null for other shapes.
   */
  static Selector goodFromDifference(String error, Selector total) {
    String inner = error.strip();
    if (!inner.startsWith("(") || !inner.endsWith(")")) return null;
    inner = inner.substring(1, inner.length() - 1);
    for (int i = inner.indexOf('-'); i >= 0; i = inner.indexOf('-', i + 1)) {
      Selector left = sumRateSelector(inner.substring(0, i));
      Selector right = left == null ? null : sumRateSelector(inner.substring(i + 1));
      if (right != null && left.equals(total)) return right;
    }
    return null;
  }
}
