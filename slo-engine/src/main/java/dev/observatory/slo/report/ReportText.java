package dev.observatory.slo.report;

import dev.observatory.slo.report.SloReport.Trend;

/** Sentences the text formats share, so Markdown and HTML say the same thing. */
final class ReportText {
  static final String METHOD =
      "How to read this report: figures count events (occurrences). The error budget in events is (1 − objective) × the period's events; "
          + "in minutes it is (1 − objective) × the period's minutes. Consumed minutes are minutes of full outage with the same effect: "
          + "bad events ÷ (events ÷ minutes in the period), i.e. the error ratio × the period's minutes, so minutes and events always agree on the share spent. "
          + "An SLO without events has no SLI and no budget figures (no data): it is neither met nor missed. "
          + "Trends compare with the previous period in percentage points (pp). Times are UTC.";

  private ReportText() {}

  /** {@code SLI +0.025 pp, budget consumed -25.0 pp vs 2026-01}, or why there is no trend. */
  static String trend(Trend t) {
    if (t.hasData()) {
      return "Against " + t.previousPeriod() + ": SLI " + Format.points(t.sliDelta().getAsDouble(), 3) + " (was " + Format.percent(t.previousSli().getAsDouble(), 3)
          + "), budget consumed " + Format.points(t.budgetConsumedDelta().getAsDouble(), 1) + " (was " + Format.percent(t.previousBudgetConsumed().getAsDouble(), 1) + ").";
    }
    if (t.previousSli().isPresent()) {
      return "Against " + t.previousPeriod() + ": no data this period (SLI was " + Format.percent(t.previousSli().getAsDouble(), 3) + ").";
    }
    return "Against " + t.previousPeriod() + ": no data in " + t.previousPeriod() + ".";
  }

  /** The SLI delta alone, or {@code no data}. */
  static String sliTrend(Trend t) {
    return t.hasData() ? Format.points(t.sliDelta().getAsDouble(), 3) : Format.NO_DATA;
  }

  static String consumedTrend(Trend t) {
    return t.hasData() ? Format.points(t.budgetConsumedDelta().getAsDouble(), 1) : Format.NO_DATA;
  }
}
