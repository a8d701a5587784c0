package dev.observatory.slo.alerting;

import dev.observatory.slo.math.AlertStatus;
import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.SloId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A transition of one SLO and severity: it started firing, or it resolved.
 *
 * @param endsAt present exactly for {@link Kind#RESOLVED}
 * @param pair the pair that tripped the alert, as evaluated in {@code status} (for a resolution: the
 *     same pair, now quiet)
 * @param status the evaluation that caused the transition (burn rates, budget left)
 */
public record AlertEvent(SloId slo, Severity severity, Kind kind, Instant startsAt, Optional<Instant> endsAt, AlertStatus pair, SloStatus status) {
  public enum Kind {
    FIRED,
    RESOLVED
  }

  public AlertEvent {
    Objects.requireNonNull(slo, "slo");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(status, "status");
    if (endsAt.isPresent() != (kind == Kind.RESOLVED)) {
      throw new IllegalArgumentException(slo + " " + severity.label() + ": a " + kind + " event " + (endsAt.isPresent() ? "has no" : "needs an") + " end time");
    }
  }
}
