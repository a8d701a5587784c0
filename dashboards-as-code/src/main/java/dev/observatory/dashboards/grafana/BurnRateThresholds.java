package dev.observatory.dashboards.grafana;

import dev.observatory.slo.model.AlertWindows;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.series.SloSeries;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The alert thresholds of the SLOs' policies as constant series for the burn-rate graphs. Factors
 * differ per SLO (the period scales them, and a spec may write its own policy), and a Grafana
 * panel threshold cannot follow a variable; so each distinct condition becomes one query that has
 * a value only while the selected SLO is one of those whose policy contains it.
 */
final class BurnRateThresholds {
  /** One alert condition, whatever SLOs share it. */
  record Condition(Severity severity, Duration longWindow, Duration shortWindow, double factor) {
    static Condition of(BurnRateAlert alert) {
      return new Condition(alert.severity(), alert.longWindow(), alert.shortWindow(), alert.factor());
    }

    String legend() {
      return severity.label() + " above " + number(factor) + " over " + Durations.format(longWindow) + " and " + Durations.format(shortWindow);
    }
  }

  private static final Comparator<Condition> ORDER =
      Comparator.comparing(Condition::severity)
          .thenComparing(Condition::longWindow)
          .thenComparing(Condition::shortWindow)
          .thenComparingDouble(Condition::factor);

  private BurnRateThresholds() {}

  /** Each condition with the SLOs whose policy has it, conditions and SLOs in a stable order. */
  static Map<Condition, List<SloId>> conditions(List<Slo> slos) {
    Map<Condition, TreeSet<SloId>> byCondition = new TreeMap<>(ORDER);
    for (Slo slo : slos) {
      for (BurnRateAlert alert : slo.alertPolicy()) {
        byCondition.computeIfAbsent(Condition.of(alert), c -> new TreeSet<>()).add(slo.id());
      }
    }
    Map<Condition, List<SloId>> out = new TreeMap<>(ORDER);
    byCondition.forEach((condition, ids) -> out.put(condition, List.copyOf(ids)));
    return out;
  }

  /**
   * {@code 14.4 * (slo:info{<selected>} and on (service, slo) (slo:info{<a>} or slo:info{<b>}))}:
   * the factor, for the selected SLO only when its policy has this condition.
   */
  static String expr(Condition condition, List<SloId> ids, String selected) {
    List<String> members = new ArrayList<>();
    for (SloId id : ids) members.add(SloSeries.INFO + "{" + SloSeries.selector(id) + "}");
    return number(condition.factor()) + " * (" + SloSeries.INFO + "{" + selected + "} and on (" + SloSeries.SERVICE + ", " + SloSeries.SLO + ") ("
        + String.join(" or ", members) + "))";
  }

  /** The long windows of the workbook's policy and of every SLO's, sorted, so the standard ones always show. */
  static List<Duration> longWindows(List<Slo> slos) {
    TreeSet<Duration> out = new TreeSet<>();
    AlertWindows.WORKBOOK.shares().forEach(s -> out.add(s.longWindow()));
    slos.forEach(s -> s.alertPolicy().forEach(a -> out.add(a.longWindow())));
    return List.copyOf(out);
  }

  /** The short windows, likewise. */
  static List<Duration> shortWindows(List<Slo> slos) {
    TreeSet<Duration> out = new TreeSet<>();
    AlertWindows.WORKBOOK.shares().forEach(s -> out.add(s.shortWindow()));
    slos.forEach(s -> s.alertPolicy().forEach(a -> out.add(a.shortWindow())));
    return List.copyOf(out);
  }

  /** 14.4, 0.933333, 6: plain decimal, no exponent, no trailing zeros. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
