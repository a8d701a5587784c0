package dev.observatory.slo.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/** One service level objective, whatever format it was written in. */
public record Slo(
    SloId id,
    String description,
    Sli sli,
    Objective objective,
    Window window,
    Budgeting budgeting,
    SortedMap<String, String> labels,
    Alerting alerting) {

  public Slo(SloId id, String description, Sli sli, Objective objective, Window window, Budgeting budgeting, Map<String, String> labels, Alerting alerting) {
    this(id, description, sli, objective, window, budgeting, SortedMaps.copyOf(labels), alerting);
  }

  public Slo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sli, "sli");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(budgeting, "budgeting");
    Objects.requireNonNull(alerting, "alerting");
    description = description == null ? "" : description;
    labels = SortedMaps.copyOf(labels);
  }

  /** The burn-rate alerts in force for this SLO. */
  public List<BurnRateAlert> alertPolicy() {
    return alerting.effectivePolicy(window);
  }
}
