package dev.observatory.slo.report;

import dev.observatory.slo.math.MinuteSeries;
import dev.observatory.slo.math.WindowCounts;
import dev.observatory.slo.report.SloReport.Budget;
import dev.observatory.slo.report.SloReport.Compliance;
import dev.observatory.slo.report.SloReport.Day;
import dev.observatory.slo.report.SloReport.Trend;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The figures of one SLO over one period, by occurrences. */
final class SloReportCalculator {
  private SloReportCalculator() {}

  static SloReport compute(ReportPeriod period, ReportInput input) {
    MinuteSeries series = input.series();
    double errorBudget = input.slo().objective().errorBudget();
    WindowCounts counts = series.range(period.startEpochMinute(), period.endEpochMinute());
    double budgetMinutes = errorBudget * period.minutes();

    OptionalDouble sli = OptionalDouble.empty();
    Optional<Budget> budget = Optional.empty();
    Compliance compliance = Compliance.NO_DATA;
    OptionalDouble ratio = counts.errorRatio();
    if (ratio.isPresent()) {
      double errorRatio = ratio.getAsDouble();
      double bad = errorRatio * counts.total();
      // ratio ÷ budget, in that order (as the engine does): 0.1% errors on 99.9% spend exactly 1.0.
      double consumed = errorRatio / errorBudget;
      double budgetEvents = errorBudget * counts.total();
      double minutesConsumed = errorRatio * period.minutes();
      sli = OptionalDouble.of(1.0 - errorRatio);
      budget = Optional.of(new Budget(budgetEvents, bad, budgetEvents - bad, budgetMinutes, minutesConsumed, budgetMinutes - minutesConsumed, consumed, 1.0 - consumed));
      compliance = consumed <= 1.0 ? Compliance.MET : Compliance.MISSED;
    }

    return new SloReport(
        input.slo().id(),
        input.slo().description(),
        input.slo().objective(),
        input.slo().window().toString(),
        input.slo().budgeting().toString(),
        compliance,
        sli,
        counts.total(),
        period.minutes(),
        counts.minutesWithData(),
        budgetMinutes,
        budget,
        trend(period, series, errorBudget, sli, budget),
        input.episodes().stream()
            .filter(e -> e.overlaps(period))
            .sorted(Comparator.comparing(AlertEpisode::start).thenComparing(AlertEpisode::severity))
            .toList(),
        input.attribution().stream()
            .sorted(Comparator.comparingLong(ErrorAttribution::errors).reversed().thenComparing(ErrorAttribution::spanName))
            .toList(),
        days(period, series, errorBudget * counts.total(), ratio.isPresent()));
  }

  private static Trend trend(ReportPeriod period, MinuteSeries series, double errorBudget, OptionalDouble sli, Optional<Budget> budget) {
    ReportPeriod previous = period.previous();
    OptionalDouble previousRatio = series.range(previous.startEpochMinute(), previous.endEpochMinute()).errorRatio();
    if (previousRatio.isEmpty()) {
      return new Trend(previous.label(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }
    double previousSli = 1.0 - previousRatio.getAsDouble();
    double previousConsumed = previousRatio.getAsDouble() / errorBudget;
    if (sli.isEmpty() || budget.isEmpty()) {
      return new Trend(previous.label(), OptionalDouble.of(previousSli), OptionalDouble.of(previousConsumed), OptionalDouble.empty(), OptionalDouble.empty());
    }
    return new Trend(
        previous.label(),
        OptionalDouble.of(previousSli),
        OptionalDouble.of(previousConsumed),
        OptionalDouble.of(sli.getAsDouble() - previousSli),
        OptionalDouble.of(budget.get().consumed() - previousConsumed));
  }

  /** Daily SLI, and the budget left at each day's end: 1 − bad so far ÷ the period's budget in events. */
  private static List<Day> days(ReportPeriod period, MinuteSeries series, double budgetEvents, boolean periodHasData) {
    List<Day> days = new ArrayList<>();
    double badSoFar = 0;
    for (LocalDate date : period.days()) {
      long from = date.atStartOfDay(ZoneOffset.UTC).toEpochSecond() / 60;
      WindowCounts day = series.range(from, from + 1440);
      OptionalDouble ratio = day.errorRatio();
      if (ratio.isPresent()) badSoFar += ratio.getAsDouble() * day.total();
      OptionalDouble left = OptionalDouble.empty();
      if (periodHasData) left = OptionalDouble.of(budgetEvents > 0 ? 1.0 - badSoFar / budgetEvents : 1.0);
      days.add(new Day(date, ratio.isPresent() ? OptionalDouble.of(1.0 - ratio.getAsDouble()) : ratio, left));
    }
    return days;
  }
}
