package dev.observatory.dashboards.rules;

import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Window;
import dev.observatory.slo.series.SloSeries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SLI's recording rules: the error ratio over every alert window and over the period.
 *
 * <p>Period ratio, occurrences, selector-based SLIs: bad and total increases over 5 minutes are
 * recorded, and the period ratio is {@code sum_over_time(bad5m[P]) / sum_over_time(total5m[P])}.
 * The 5-minute windows overlap (one sample per evaluation), but both sums count every event the
 * same number of times, so the ratio is event-weighted; Sloth's average of 5-minute ratios is not
 * (a quiet night weighs as much as a busy noon; Sloth #332, #618), and a raw
 * {@code increase(x[30d])} would read 30 days of raw samples at every evaluation (Pyrra #1440).
 *
 * <p>Raw PromQL SLIs have no counters to add up: their period ratio is the mean of the 5-minute
 * ratios, as in Sloth, and is not event-weighted.
 *
 * <p>Timeslices: a group evaluated once per slice records the slice's verdict (1 good, 0 bad) or,
 * for ratio timeslices, its good ratio; each evaluation covers exactly the slice since the
 * previous one. Window and period ratios are then {@code 1 - avg_over_time(verdict[w])}, i.e. the
 * share of bad slices among slices with events (windows shorter than a slice fall back to events).
 */
final class SliRecordings {
  private SliRecordings() {}

  /** The groups, in evaluation order: slices (if any), SLI ratios, calendar accumulators (if any). */
  static List<RuleGroup> groups(SloContext ctx) {
    Slo slo = ctx.slo();
    List<RuleGroup> groups = new ArrayList<>();
    Optional<Duration> slice = slice(slo.budgeting());
    slice.ifPresent(s -> groups.add(new RuleGroup(ctx.groupName("slices"), Durations.format(s), List.of(sliceVerdict(ctx, s)))));

    List<Rule> rules = new ArrayList<>();
    for (Duration w : ctx.windows()) {
      String expr = slice.isPresent() && w.compareTo(slice.get()) >= 0 ? badSlices(ctx, w) : SliQueries.errorRatio(slo.sli(), w);
      rules.add(Rule.record(SloSeries.errorRatio(w), expr, ctx.seriesLabels()));
    }
    Optional<Sli.Events> events = SliQueries.events(slo.sli());
    boolean eventWeighted = events.isPresent() && slice.isEmpty();
    if (eventWeighted) {
      rules.add(Rule.record(SloSeries.BAD_INCREASE_5M, SliQueries.badIncrease5m(events.get()), ctx.seriesLabels()));
      rules.add(Rule.record(SloSeries.TOTAL_INCREASE_5M, SliQueries.totalIncrease5m(events.get()), ctx.seriesLabels()));
    }
    boolean calendarAccumulated = eventWeighted && slo.window() instanceof Window.Calendar;
    if (!calendarAccumulated) {
      // Calendar windows without counters (raw PromQL, timeslices) use the nominal length (30d or 7d).
      rules.add(Rule.record(ctx.periodRatio(), periodRatio(ctx, eventWeighted, slice.isPresent()), ctx.seriesLabels()));
    }
    groups.add(new RuleGroup(ctx.groupName("sli"), null, rules));
    if (calendarAccumulated) groups.add(CalendarRecordings.group(ctx, (Window.Calendar) slo.window()));
    return groups;
  }

  static Optional<Duration> slice(Budgeting budgeting) {
    if (budgeting instanceof Budgeting.Timeslices t) return Optional.of(t.slice());
    if (budgeting instanceof Budgeting.RatioTimeslices r) return Optional.of(r.slice());
    return Optional.empty();
  }

  private static Rule sliceVerdict(SloContext ctx, Duration slice) {
    String good = "1 - (\n" + indent(SliQueries.errorRatio(ctx.slo().sli(), slice)) + "\n)";
    String expr = ctx.slo().budgeting() instanceof Budgeting.Timeslices t
        ? "(\n" + indent(good) + "\n) >= bool " + PromNumbers.plain(t.goodRatio())
        : good;
    return Rule.record(SloSeries.TIMESLICE_GOOD, expr, ctx.seriesLabels());
  }

  private static String badSlices(SloContext ctx, Duration w) {
    return "1 - avg_over_time(" + ctx.ref(SloSeries.TIMESLICE_GOOD) + "[" + Durations.format(w) + "])";
  }

  private static String periodRatio(SloContext ctx, boolean eventWeighted, boolean slices) {
    String p = Durations.format(ctx.slo().window().nominalLength());
    if (slices) return badSlices(ctx, ctx.slo().window().nominalLength());
    if (eventWeighted) {
      return "sum_over_time(" + ctx.ref(SloSeries.BAD_INCREASE_5M) + "[" + p + "])\n/\n(sum_over_time(" + ctx.ref(SloSeries.TOTAL_INCREASE_5M) + "[" + p + "]) > 0)";
    }
    String ratio5m = ctx.ref(SloSeries.errorRatio(Duration.ofMinutes(5)));
    return "sum_over_time(" + ratio5m + "[" + p + "])\n/\ncount_over_time(" + ratio5m + "[" + p + "])";
  }

  static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }
}
