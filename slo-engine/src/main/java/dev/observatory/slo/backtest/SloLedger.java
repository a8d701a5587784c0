package dev.observatory.slo.backtest;

import dev.observatory.slo.math.MinuteCounts;
import dev.observatory.slo.math.MinuteSeries;
import dev.observatory.slo.math.PeriodStatus;
import dev.observatory.slo.math.SloEvaluator;
import dev.observatory.slo.math.SloPlan;
import dev.observatory.slo.math.WindowCounts;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The budget side of one SLO's backtest, through the engine's {@link SloPlan} on a series of the
 * whole history, so occurrences, timeslices and ratio timeslices are exactly what the engine says.
 */
final class SloLedger {
  private final Slo slo;
  private final SloPlan plan;
  private final MinuteSeries series;
  private final long historyStart;

  SloLedger(Slo slo, MinuteCounts counts, long historyStart) {
    this.slo = slo;
    this.plan = SloEvaluator.compile(slo);
    this.series = new MinuteSeries(historyStart);
    counts.appendTo(series);
    this.historyStart = historyStart;
  }

  /**
   * The periods that end within {@code (range.from, range.to]}: for a rolling window every window
   * length counted from the range's start, for a calendar window every week or month end in the
   * SLO's zone.
   */
  List<PeriodBudget> periods(MinuteRange range) {
    List<PeriodBudget> out = new ArrayList<>();
    if (slo.window() instanceof Window.Rolling rolling) {
      long length = rolling.length().toMinutes();
      for (long end = range.fromEpochMinute() + length; end <= range.toEpochMinute(); end += length) out.add(at(end));
      return out;
    }
    long now = range.fromEpochMinute() + 1;
    while (now <= range.toEpochMinute()) {
      long end = plan.evaluate(series, now).period().endEpochMinute();
      if (end > range.toEpochMinute()) break;
      out.add(at(end));
      now = end + 1;
    }
    return out;
  }

  private PeriodBudget at(long end) {
    PeriodStatus p = plan.evaluate(series, end).period();
    return new PeriodBudget(p.startEpochMinute(), p.endEpochMinute(), p.startEpochMinute() < historyStart, p.sli(), p.budgetConsumed());
  }

  /**
   * Bad events in {@code [from, detection)} ÷ (error budget × all events of the period ending at
   * {@code detection}); empty when that period has no events.
   */
  OptionalDouble budgetSpent(long from, long detection) {
    WindowCounts period = plan.evaluate(series, detection).period().counts();
    if (!(period.total() > 0)) return OptionalDouble.empty();
    WindowCounts spent = series.range(from, detection);
    double bad = spent.total() - spent.good();
    return OptionalDouble.of(bad / (slo.objective().errorBudget() * period.total()));
  }
}
