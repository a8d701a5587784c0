package dev.observatory.slo.math;

import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.model.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * One SLO compiled for evaluation: its windows as minute counts, the alert pairs as indices into
 * them, the error budget as a double, the budgeting method resolved. Build it once per SLO with
 * {@link SloEvaluator#compile(Slo)}; {@link #evaluate(MinuteSeries, long)} then costs a few array
 * reads per window, whatever the windows' lengths.
 *
 * <p>Safe to share between threads (the only mutable state is a cache of the current calendar
 * period, an immutable value swapped atomically).
 */
public final class SloPlan {
  /** The windows every SLO reports, besides its alert policy's (the Sloth/SRE workbook set). */
  static final List<Duration> STANDARD_WINDOWS =
      List.of(
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          Duration.ofHours(1),
          Duration.ofHours(2),
          Duration.ofHours(6),
          Duration.ofDays(1),
          Duration.ofDays(3));

  private static final long ONE_HOUR = 60;
  private static final int MONTH_HISTORY = 32 * 1440; // a month is at most 31 days and a DST hour
  private static final int WEEK_HISTORY = 8 * 1440;

  private final SloId id;
  private final double errorBudget;
  private final Duration[] windowLengths;
  private final long[] windowMinutes;
  private final List<BurnRateAlert> alerts;
  private final int[] longIndex;
  private final int[] shortIndex;
  private final int oneHourIndex;
  private final long rollingMinutes; // 0 for calendar windows
  private final Window.Calendar calendar; // null for rolling windows
  private final Budgeting budgeting;
  private final int sliceMinutes; // 0 for occurrences
  private final double sliceGoodRatio;
  private volatile CalendarPeriod currentPeriod = new CalendarPeriod(0, 0);

  SloPlan(Slo slo) {
    this.id = slo.id();
    this.errorBudget = slo.objective().errorBudget();
    this.alerts = List.copyOf(slo.alertPolicy());
    this.budgeting = slo.budgeting();

    TreeSet<Duration> lengths = new TreeSet<>(STANDARD_WINDOWS);
    for (BurnRateAlert a : alerts) {
      lengths.add(a.longWindow());
      lengths.add(a.shortWindow());
    }
    if (slo.window() instanceof Window.Rolling rolling) {
      rollingMinutes = rolling.length().toMinutes();
      calendar = null;
      lengths.add(rolling.length());
    } else {
      rollingMinutes = 0;
      calendar = (Window.Calendar) slo.window();
    }
    windowLengths = lengths.toArray(Duration[]::new);
    windowMinutes = new long[windowLengths.length];
    List<Duration> order = new ArrayList<>(lengths);
    for (int i = 0; i < windowLengths.length; i++) {
      Duration d = windowLengths[i];
      if (d.isNegative() || d.isZero() || !d.equals(Duration.ofMinutes(d.toMinutes()))) {
        throw new IllegalArgumentException(id + ": window " + d + " is not a whole number of minutes");
      }
      windowMinutes[i] = d.toMinutes();
    }
    longIndex = new int[alerts.size()];
    shortIndex = new int[alerts.size()];
    for (int j = 0; j < alerts.size(); j++) {
      longIndex[j] = order.indexOf(alerts.get(j).longWindow());
      shortIndex[j] = order.indexOf(alerts.get(j).shortWindow());
    }
    oneHourIndex = order.indexOf(Duration.ofHours(1));

    if (budgeting instanceof Budgeting.Timeslices t) {
      sliceMinutes = (int) t.slice().toMinutes();
      sliceGoodRatio = t.goodRatio().doubleValue();
    } else if (budgeting instanceof Budgeting.RatioTimeslices r) {
      sliceMinutes = (int) r.slice().toMinutes();
      sliceGoodRatio = 1.0; // unused: a ratio track only sums error ratios
    } else {
      sliceMinutes = 0;
      sliceGoodRatio = 1.0;
    }
  }

  public SloId id() {
    return id;
  }

  /** The windows evaluated, shortest first. */
  public List<Duration> windows() {
    return List.of(windowLengths);
  }

  /** How many minutes a series must retain for this plan: the longest window or period. */
  public int historyMinutes() {
    long longest = windowMinutes[windowMinutes.length - 1];
    if (calendar != null) {
      longest = Math.max(longest, calendar.unit() == Window.CalendarUnit.WEEK ? WEEK_HISTORY : MONTH_HISTORY);
    }
    return Math.toIntExact(longest);
  }

  /** A series for this SLO starting at {@code startEpochMinute}, retaining {@link #historyMinutes()}. */
  public MinuteSeries newSeries(long startEpochMinute) {
    return new MinuteSeries(startEpochMinute, historyMinutes());
  }

  /**
   * Evaluates the SLO over the minutes strictly before {@code nowEpochMinute}. For time-slice
   * budgeting this attaches (once) the slice bookkeeping to {@code series}.
   */
  public SloStatus evaluate(MinuteSeries series, long nowEpochMinute) {
    WindowStatus[] windows = new WindowStatus[windowLengths.length];
    for (int i = 0; i < windows.length; i++) {
      WindowCounts counts = series.window(nowEpochMinute, windowMinutes[i]);
      OptionalDouble ratio = counts.errorRatio();
      windows[i] = new WindowStatus(windowLengths[i], counts, ratio, burn(ratio));
    }
    PeriodStatus period = period(series, nowEpochMinute);

    AlertStatus[] pairs = new AlertStatus[alerts.size()];
    for (int j = 0; j < pairs.length; j++) {
      OptionalDouble longBurn = windows[longIndex[j]].burnRate();
      OptionalDouble shortBurn = windows[shortIndex[j]].burnRate();
      pairs[j] = new AlertStatus(alerts.get(j), state(alerts.get(j).factor(), longBurn, shortBurn), longBurn, shortBurn);
    }
    return new SloStatus(
        id,
        nowEpochMinute,
        List.of(windows),
        period,
        List.of(pairs),
        timeToExhaustion(period, windows[oneHourIndex].burnRate()));
  }

  private PeriodStatus period(MinuteSeries series, long now) {
    long start;
    long end;
    if (calendar == null) {
      start = now - rollingMinutes;
      end = now;
    } else {
      CalendarPeriod p = currentPeriod;
      if (!p.contains(now - 1)) {
        p = CalendarPeriod.containing(now - 1, calendar.unit(), calendar.zone());
        currentPeriod = p;
      }
      start = p.start();
      end = p.end();
    }
    long lengthMinutes = end - start;
    WindowCounts counts = series.range(start, now);
    OptionalDouble ratio = counts.errorRatio();

    OptionalDouble sli;
    OptionalDouble consumed;
    if (sliceMinutes == 0) {
      sli = ratio.isPresent() ? OptionalDouble.of(1.0 - ratio.getAsDouble()) : ratio;
      // ratio ÷ budget, in that order: 0.1% errors on a 99.9% SLO spend exactly 1.0.
      consumed = burn(ratio);
    } else {
      // Rolling windows align slices to epoch multiples of the slice, calendar periods to their start.
      SliceCounts slices = series.sliceTrack(sliceMinutes, calendar == null ? 0 : start, sliceGoodRatio).range(start, now);
      if (slices.slicesWithData() == 0) {
        sli = OptionalDouble.empty();
        consumed = OptionalDouble.empty();
      } else if (budgeting instanceof Budgeting.Timeslices) {
        sli = OptionalDouble.of((double) slices.goodSlices() / slices.slicesWithData());
        consumed = OptionalDouble.of((double) slices.badSlices() * sliceMinutes / (errorBudget * lengthMinutes));
      } else {
        sli = OptionalDouble.of(1.0 - slices.errorRatioSum() / slices.slicesWithData());
        consumed = OptionalDouble.of(slices.errorRatioSum() * sliceMinutes / (errorBudget * lengthMinutes));
      }
    }
    OptionalDouble remaining = consumed.isPresent() ? OptionalDouble.of(1.0 - consumed.getAsDouble()) : consumed;
    return new PeriodStatus(start, end, Duration.ofMinutes(lengthMinutes), counts, ratio, burn(ratio), sli, consumed, remaining);
  }

  private OptionalDouble burn(OptionalDouble ratio) {
    return ratio.isPresent() ? OptionalDouble.of(ratio.getAsDouble() / errorBudget) : ratio;
  }

  static AlertState state(double factor, OptionalDouble longBurn, OptionalDouble shortBurn) {
    if (longBurn.isEmpty() || shortBurn.isEmpty()) return AlertState.NO_DATA;
    return longBurn.getAsDouble() > factor && shortBurn.getAsDouble() > factor ? AlertState.FIRING : AlertState.OK;
  }

  private static Optional<Duration> timeToExhaustion(PeriodStatus period, OptionalDouble burn) {
    OptionalDouble remaining = period.budgetRemaining();
    if (remaining.isEmpty()) return Optional.empty();
    if (remaining.getAsDouble() <= 0) return Optional.of(Duration.ZERO);
    if (burn.isEmpty() || burn.getAsDouble() <= 0) return Optional.empty();
    // At burn rate b the budget of a period P drains at b/P per unit of time.
    double seconds = remaining.getAsDouble() * period.length().toSeconds() / burn.getAsDouble();
    return Optional.of(Duration.ofSeconds(Math.round(seconds)));
  }

  @Override
  public String toString() {
    return "SloPlan[" + id + ", windows " + windows() + ", " + alerts.size() + " alert pairs]";
  }
}
