package dev.observatory.dashboards.rules;

import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Window;
import dev.observatory.slo.series.SloSeries;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** What every generation step needs to know about one SLO: its labels, windows and names. */
record SloContext(Slo slo) {
  /** The labels on every recorded series: the SLO's own, then {@code service} and {@code slo}, which win. */
  SortedMap<String, String> seriesLabels() {
    return SloSeries.labels(slo);
  }

  /** A recorded series of this SLO: {@code name{service="..",slo=".."}}. */
  String ref(String record) {
    return record + "{" + SloSeries.selector(slo.id()) + "}";
  }

  /** Like {@link #ref} with single quotes, for PromQL inside Go templates (names cannot hold quotes). */
  String templateRef(String record) {
    return ref(record).replace('"', '\'');
  }

  /** The standard windows plus every window the alert policy uses, shortest first. */
  List<Duration> windows() {
    TreeSet<Duration> all = new TreeSet<>(SloSeries.STANDARD_WINDOWS);
    for (BurnRateAlert a : slo.alertPolicy()) {
      all.add(a.longWindow());
      all.add(a.shortWindow());
    }
    return List.copyOf(all);
  }

  /** The record that holds the error ratio over the SLO's period. */
  String periodRatio() {
    return SloSeries.periodErrorRatio(slo.window());
  }

  double budget() {
    return slo.objective().errorBudget();
  }

  String budgetText() {
    return PromNumbers.format(budget());
  }

  /** {@code cart-add-item-availability}: the SLO's part of every group name. */
  String groupName(String step) {
    return "slo-" + step + "-" + slo.id().service() + "-" + slo.id().name();
  }
}
