package dev.observatory.slo.series;

import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.SloId;
import java.time.Duration;
import java.util.List;

/**
 * The names of the series that describe an SLO's state, after Sloth's: error ratios per window,
 * the objective, the error budget, burn rates and the budget left. Every series carries the labels
 * {@value #SERVICE} and {@value #SLO} that identify the SLO, plus the SLO's own labels.
 */
public final class SloSeries {
  /** Label: the SLO's service. */
  public static final String SERVICE = "service";
  /** Label: the SLO's name (unique within its service). */
  public static final String SLO = "slo";
  /** Label on alerts: page or ticket. */
  public static final String SEVERITY = "severity";
  /** Label on alerts: page or ticket, always, even where a route's labels override {@value #SEVERITY} (Sloth's sloth_severity). */
  public static final String SLO_SEVERITY = "slo_severity";

  public static final String OBJECTIVE = "slo:objective:ratio";
  public static final String ERROR_BUDGET = "slo:error_budget:ratio";
  public static final String TIME_PERIOD_DAYS = "slo:time_period:days";
  /** Burn rate over the shortest window (5m), as Sloth defines it. */
  public static final String CURRENT_BURN_RATE = "slo:current_burn_rate:ratio";
  /** Burn rate over the SLO's period. */
  public static final String PERIOD_BURN_RATE = "slo:period_burn_rate:ratio";
  public static final String PERIOD_BUDGET_REMAINING = "slo:period_error_budget_remaining:ratio";
  /** A constant 1 carrying the SLO's metadata labels (objective, window, budgeting) for dashboards. */
  public static final String INFO = "slo:info";

  /**
   * Bad and total events of the last 5 minutes, summed over the SLI's series. Rolled up with
   * {@code sum_over_time} over the period they give an event-weighted period ratio cheaply.
   */
  public static final String BAD_INCREASE_5M = "slo:sli_bad:increase5m";
  public static final String TOTAL_INCREASE_5M = "slo:sli_total:increase5m";
  /** Calendar windows: bad and total events accumulated since the current period began. */
  public static final String BAD_PERIOD_INCREASE = "slo:sli_bad:increase_period";
  public static final String TOTAL_PERIOD_INCREASE = "slo:sli_total:increase_period";
  /** Calendar windows: which period (month or week number) the accumulators belong to. */
  public static final String CALENDAR_PERIOD_ID = "slo:calendar_period:id";
  /** Error ratio of the calendar period so far (the rolling-window equivalent is {@code errorRatio(30d)}). */
  public static final String ERROR_RATIO_MONTH = "slo:sli_error:ratio_rate_month";
  public static final String ERROR_RATIO_WEEK = "slo:sli_error:ratio_rate_week";
  /** Timeslice budgeting: one sample per slice, the slice's verdict (1 good, 0 bad) or its good ratio. */
  public static final String TIMESLICE_GOOD = "slo:timeslice_good:ratio";

  /** The windows every SLO's error ratio is recorded over, besides its period. */
  public static final List<Duration> STANDARD_WINDOWS = List.of(
      Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
      Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(3));

  private SloSeries() {}

  /** {@code slo:sli_error:ratio_rate5m}, {@code slo:sli_error:ratio_rate30d}, … */
  public static String errorRatio(Duration window) {
    return "slo:sli_error:ratio_rate" + Durations.format(window);
  }

  /** The record holding the error ratio over an SLO's period: {@code ratio_rate30d}, or {@code ratio_rate_month}/{@code _week}. */
  public static String periodErrorRatio(dev.observatory.slo.model.Window window) {
    if (window instanceof dev.observatory.slo.model.Window.Calendar c) {
      return c.unit() == dev.observatory.slo.model.Window.CalendarUnit.MONTH ? ERROR_RATIO_MONTH : ERROR_RATIO_WEEK;
    }
    return errorRatio(window.nominalLength());
  }

  /** The labels of every series of an SLO: its own labels, then {@value #SERVICE} and {@value #SLO}. */
  public static java.util.SortedMap<String, String> labels(dev.observatory.slo.model.Slo slo) {
    java.util.SortedMap<String, String> labels = new java.util.TreeMap<>(slo.labels());
    labels.put(SERVICE, slo.id().service());
    labels.put(SLO, slo.id().name());
    return labels;
  }

  /** The labels of {@value #INFO}: the series labels plus objective, window, budgeting and the SLI kind. */
  public static java.util.SortedMap<String, String> infoLabels(dev.observatory.slo.model.Slo slo) {
    java.util.SortedMap<String, String> info = labels(slo);
    java.math.BigDecimal objective = slo.objective().percent().stripTrailingZeros();
    info.put("objective", (objective.scale() < 0 ? objective.setScale(0) : objective).toPlainString());
    info.put("window", slo.window().toString());
    info.put("budgeting", slo.budgeting().toString());
    info.put("sli", sliKind(slo.sli()));
    return info;
  }

  /** availability, latency, events or promql. */
  public static String sliKind(dev.observatory.slo.model.Sli sli) {
    if (sli instanceof dev.observatory.slo.model.Sli.Availability) return "availability";
    if (sli instanceof dev.observatory.slo.model.Sli.Latency) return "latency";
    if (sli instanceof dev.observatory.slo.model.Sli.Events) return "events";
    return "promql";
  }

  /** The label matchers that select one SLO's series: {@code service="cart",slo="add-item-availability"}. */
  public static String selector(SloId id) {
    return SERVICE + "=\"" + escape(id.service()) + "\"," + SLO + "=\"" + escape(id.name()) + "\"";
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
