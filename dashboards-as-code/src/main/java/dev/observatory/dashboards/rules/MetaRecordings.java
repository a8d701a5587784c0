package dev.observatory.dashboards.rules;

import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Window;
import dev.observatory.slo.series.SloSeries;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;

/** Objective, budget, period length, burn rates, budget left and an info series for dashboards. */
final class MetaRecordings {
  private MetaRecordings() {}

  static RuleGroup group(SloContext ctx) {
    Slo slo = ctx.slo();
    SortedMap<String, String> labels = ctx.seriesLabels();
    SortedMap<String, String> info = SloSeries.infoLabels(slo);
    String budget = ctx.budgetText();
    return new RuleGroup(
        ctx.groupName("meta"),
        null,
        List.of(
            Rule.record(SloSeries.OBJECTIVE, "vector(" + PromNumbers.plain(slo.objective().ratioDecimal()) + ")", labels),
            Rule.record(SloSeries.ERROR_BUDGET, "vector(" + budget + ")", labels),
            Rule.record(SloSeries.TIME_PERIOD_DAYS, days(slo.window()), labels),
            Rule.record(SloSeries.CURRENT_BURN_RATE, ctx.ref(SloSeries.errorRatio(Duration.ofMinutes(5))) + " / " + budget, labels),
            Rule.record(SloSeries.PERIOD_BURN_RATE, ctx.ref(ctx.periodRatio()) + " / " + budget, labels),
            Rule.record(SloSeries.PERIOD_BUDGET_REMAINING, "1 - " + ctx.ref(SloSeries.PERIOD_BURN_RATE), labels),
            Rule.record(SloSeries.INFO, "vector(1)", info)));
  }

  private static String days(Window window) {
    if (window instanceof Window.Calendar c) return CalendarRecordings.days(c);
    double days = window.nominalLength().toMillis() / 86_400_000.0;
    return "vector(" + PromNumbers.format(days) + ")";
  }
}
