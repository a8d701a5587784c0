package dev.observatory.dashboards.rules;

import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Selector;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Spanmetrics;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The PromQL of an SLI: its error ratio over a window, and its bad and total event increases.
 * No data is not good data: a window without events gives no sample (the denominator is
 * filtered with {@code > 0}, so never NaN), while a bad (or good) counter that does not exist yet
 * counts as zero, so a service that never failed still has a ratio of 0.
 */
final class SliQueries {
  private static final Pattern WINDOW = Pattern.compile("\\{\\{\\s*\\.window\\s*\\}\\}");

  private SliQueries() {}

  /** The selectors behind a selector-based SLI (shorthands expanded); empty for raw PromQL. */
  static Optional<Sli.Events> events(Sli sli) {
    return sli.selectorBased() ? Optional.of(Spanmetrics.expand(sli)) : Optional.empty();
  }

  /** The error ratio over {@code window}, computed from the raw series. */
  static String errorRatio(Sli sli, Duration window) {
    String w = Durations.format(window);
    if (sli instanceof Sli.Promql p) {
      if (p.errorRatioQuery() != null) return substitute(p.errorRatioQuery(), w);
      return "(" + substitute(p.errorQuery(), w) + ")\n/\n(" + substitute(p.totalQuery(), w) + ")";
    }
    Sli.Events e = Spanmetrics.expand(sli);
    String total = "(sum(rate(" + e.total() + "[" + w + "])) > 0)";
    if (e.bad() != null) return "(sum(rate(" + e.bad() + "[" + w + "])) or vector(0))\n/\n" + total;
    return "1 - (\n  (sum(rate(" + e.good() + "[" + w + "])) or vector(0))\n  /\n  " + total + "\n)";
  }

  /** Bad events over the last 5 minutes, summed over all series; 0 while the bad counter does not exist. */
  static String badIncrease5m(Sli.Events e) {
    if (e.bad() != null) return "sum(increase(" + e.bad() + "[5m])) or vector(0)";
    return "sum(increase(" + e.total() + "[5m]))\n-\n(sum(increase(" + e.good() + "[5m])) or vector(0))";
  }

  static String totalIncrease5m(Sli.Events e) {
    return "sum(increase(" + e.total() + "[5m]))";
  }

  /** The total selector, whose absence means the SLI cannot be measured at all. */
  static Optional<Selector> totalSelector(Sli sli) {
    return events(sli).map(Sli.Events::total);
  }

  /** {@code availability}, {@code latency}, {@code events} or {@code promql}. */
  static String kind(Sli sli) {
    return dev.observatory.slo.series.SloSeries.sliKind(sli);
  }

  private static String substitute(String query, String window) {
    return WINDOW.matcher(query.strip()).replaceAll(window);
  }
}
