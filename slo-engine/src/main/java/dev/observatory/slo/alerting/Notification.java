package dev.observatory.slo.alerting;

import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.SloId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One alert notification, independent of the wire format: what {@link WebhookJson} and {@link
 * AlertmanagerJson} render.
 *
 * @param endsAt present exactly for {@link Kind#RESOLVED}
 * @param labels as the generated Prometheus alert rule sets them, plus {@code alertname}
 * @param annotations summary, description, dashboard, runbook (when the SLO has one), burn_rate,
 *     budget_left, and the SLO's own
 * @param pair the pair that tripped the alert, with the burn rates of both its windows
 * @param budgetRemaining the share of the period's error budget left (negative once overspent)
 * @param generatorUrl where the engine shows this SLO, when it knows its own address
 */
public record Notification(
    SloId slo,
    Severity severity,
    Kind kind,
    Instant startsAt,
    Optional<Instant> endsAt,
    SortedMap<String, String> labels,
    SortedMap<String, String> annotations,
    TrippedPair pair,
    OptionalDouble budgetRemaining,
    Optional<String> generatorUrl) {

  public enum Kind {
    FIRING,
    RESOLVED;

    String label() {
      return this == FIRING ? "firing" : "resolved";
    }
  }

  /** A burn-rate pair and its burn rates when the notification was made (empty: no events in that window). */
  public record TrippedPair(Duration longWindow, Duration shortWindow, double factor, OptionalDouble longBurnRate, OptionalDouble shortBurnRate) {
    public TrippedPair {
      Objects.requireNonNull(longWindow, "longWindow");
      Objects.requireNonNull(shortWindow, "shortWindow");
      Objects.requireNonNull(longBurnRate, "longBurnRate");
      Objects.requireNonNull(shortBurnRate, "shortBurnRate");
    }

    @Override
    public String toString() {
      return Durations.format(longWindow) + "/" + Durations.format(shortWindow) + " above " + factor;
    }
  }

  public Notification(SloId slo, Severity severity, Kind kind, Instant startsAt, Optional<Instant> endsAt, Map<String, String> labels,
      Map<String, String> annotations, TrippedPair pair, OptionalDouble budgetRemaining, Optional<String> generatorUrl) {
    this(slo, severity, kind, startsAt, endsAt, new TreeMap<>(labels), new TreeMap<>(annotations), pair, budgetRemaining, generatorUrl);
  }

  public Notification {
    Objects.requireNonNull(slo, "slo");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(budgetRemaining, "budgetRemaining");
    Objects.requireNonNull(generatorUrl, "generatorUrl");
    if (endsAt.isPresent() != (kind == Kind.RESOLVED)) {
      throw new IllegalArgumentException(slo + " " + severity.label() + ": a " + kind.label() + " notification " + (endsAt.isPresent() ? "has no" : "needs an") + " end time");
    }
    if (endsAt.isPresent() && endsAt.get().isBefore(startsAt)) {
      throw new IllegalArgumentException(slo + " " + severity.label() + ": ends at " + endsAt.get() + ", before it starts at " + startsAt);
    }
    labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    annotations = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(annotations));
    if (!labels.containsKey("alertname")) throw new IllegalArgumentException(slo + " " + severity.label() + ": labels need an alertname");
  }

  /**
   * Identifies the episode: SLO, severity and start. Delivery is at least once, so a receiver may
   * see the same (key, kind) twice and should drop the repeat.
   */
  public String key() {
    return slo + ":" + severity.label() + ":" + startsAt;
  }
}
