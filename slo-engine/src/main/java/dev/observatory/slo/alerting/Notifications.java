package dev.observatory.slo.alerting;

import dev.observatory.slo.math.AlertState;
import dev.observatory.slo.math.AlertStatus;
import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.series.SloSeries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * From alert events to notifications. Labels and annotations mirror the generated Prometheus alert
 * rules (dashboards-as-code {@code AlertRules}; a test compares them with the committed rules), so
 * one Alertmanager route tree serves alerts from Prometheus and from the engine. Where a rule has a
 * Go template that queries a burn rate or the budget left, the engine writes the value it evaluated,
 * in the same format ({@code %.2f}, {@code %.1f%}, {@code n/a} when unknown).
 */
public final class Notifications {
  private Notifications() {}

  /** The notification for a transition of {@code slo}. */
  public static Notification of(Slo slo, AlertEvent event, Optional<String> generatorUrl) {
    requireSame(slo, event.status());
    Notification.Kind kind = event.kind() == AlertEvent.Kind.FIRED ? Notification.Kind.FIRING : Notification.Kind.RESOLVED;
    return build(slo, event.severity(), kind, event.startsAt(), event.endsAt(), event.pair(), event.status(), generatorUrl);
  }

  /**
   * A firing notification for an episode that is still open, with the burn rates of {@code status}:
   * what the engine re-sends to Alertmanager on each evaluation so that it does not time the alert
   * out (Alertmanager de-duplicates by labels; nobody is paged again).
   */
  public static Notification refresh(Slo slo, AlertEpisode episode, SloStatus status, Optional<String> generatorUrl) {
    requireSame(slo, status);
    List<AlertStatus> pairs = pairs(status, episode.severity());
    if (pairs.isEmpty()) throw new IllegalArgumentException(slo.id() + ": no " + episode.severity().label() + " pair was evaluated");
    AlertStatus pair = pairs.stream().filter(a -> a.state() == AlertState.FIRING).findFirst().orElse(pairs.get(0));
    return build(slo, episode.severity(), Notification.Kind.FIRING, episode.startsAt(), Optional.empty(), pair, status, generatorUrl);
  }

  /** The labels of the generated alert rule: alertname, severity, service, slo, owner, the SLO's and the route's alert labels, slo_severity. */
  static SortedMap<String, String> labels(Slo slo, Severity severity) {
    SortedMap<String, String> labels = new TreeMap<>();
    labels.put("alertname", alertName(slo));
    labels.put(SloSeries.SEVERITY, severity.label());
    labels.put(SloSeries.SERVICE, slo.id().service());
    labels.put(SloSeries.SLO, slo.id().name());
    if (slo.labels().containsKey("owner")) labels.put("owner", slo.labels().get("owner"));
    labels.putAll(slo.alerting().labels());
    labels.putAll(slo.alerting().route(severity).labels());
    labels.put(SloSeries.SLO_SEVERITY, severity.label());
    // Alertmanager rejects empty label values; Prometheus drops them. Do as Prometheus does.
    labels.values().removeIf(String::isEmpty);
    return labels;
  }

  /** {@code alerting.name}, or the service and SLO names in CamelCase (as the rules name them). */
  static String alertName(Slo slo) {
    String name = slo.alerting().name();
    return name != null && !name.isBlank() ? name : camel(slo.id().service() + "-" + slo.id().name());
  }

  static String dashboard(Slo slo) {
    return "/d/slo-detail?var-service=" + slo.id().service() + "&var-slo=" + slo.id().name();
  }

  private static Notification build(Slo slo, Severity severity, Notification.Kind kind, java.time.Instant startsAt, Optional<java.time.Instant> endsAt,
      AlertStatus pair, SloStatus status, Optional<String> generatorUrl) {
    Notification.TrippedPair tripped = new Notification.TrippedPair(pair.alert().longWindow(), pair.alert().shortWindow(), pair.alert().factor(),
        pair.longBurnRate(), pair.shortBurnRate());
    OptionalDouble budget = status.period().budgetRemaining();
    return new Notification(slo.id(), severity, kind, startsAt, endsAt, labels(slo, severity), annotations(slo, severity, status, tripped, budget),
        tripped, budget, generatorUrl);
  }

  private static SortedMap<String, String> annotations(Slo slo, Severity severity, SloStatus status, Notification.TrippedPair tripped, OptionalDouble budget) {
    List<String> burns = new ArrayList<>();
    for (AlertStatus pair : pairs(status, severity)) {
      burns.add("over " + Durations.format(pair.alert().longWindow()) + " " + burn(pair.longBurnRate())
          + " and " + Durations.format(pair.alert().shortWindow()) + " " + burn(pair.shortBurnRate())
          + " (alerts above " + number(pair.alert().factor()) + ")");
    }
    String budgetLeft = budget.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * budget.getAsDouble()) : "n/a";
    SortedMap<String, String> annotations = new TreeMap<>();
    annotations.put("summary", slo.id() + " is burning its error budget too fast (" + severity.label() + ")");
    annotations.put("description", slo.id() + " (objective " + slo.objective() + ", " + slo.window() + ") burns its error budget: burn rate "
        + String.join("; ", burns) + ". Error budget left: " + budgetLeft + ".");
    annotations.put("dashboard", dashboard(slo));
    annotations.put("burn_rate", Durations.format(tripped.longWindow()) + " " + burn(tripped.longBurnRate()) + ", "
        + Durations.format(tripped.shortWindow()) + " " + burn(tripped.shortBurnRate()) + " (alerts above " + number(tripped.factor()) + ")");
    annotations.put("budget_left", budgetLeft);
    annotations.putAll(slo.alerting().annotations());
    annotations.putAll(slo.alerting().route(severity).annotations());
    return annotations;
  }

  private static List<AlertStatus> pairs(SloStatus status, Severity severity) {
    return status.alerts().stream().filter(a -> a.alert().severity() == severity).toList();
  }

  private static void requireSame(Slo slo, SloStatus status) {
    if (!slo.id().equals(status.id())) throw new IllegalArgumentException(slo.id() + ": the status is of " + status.id());
  }

  private static String burn(OptionalDouble rate) {
    return rate.isPresent() ? String.format(Locale.ROOT, "%.2f", rate.getAsDouble()) : "n/a";
  }

  /** As the rules print factors: 14.4, 6, 0.5 (no exponent, no trailing zeros). */
  static String number(double value) {
    BigDecimal stripped = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private static String camel(String text) {
    StringBuilder out = new StringBuilder();
    for (String part : text.split("[^A-Za-z0-9]+")) {
      if (part.isEmpty()) continue;
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
