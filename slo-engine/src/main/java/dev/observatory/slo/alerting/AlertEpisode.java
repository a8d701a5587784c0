package dev.observatory.slo.alerting;

import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.SloId;
import java.time.Instant;
import java.util.Objects;

/**
 * One open (firing, not yet resolved) alert of an SLO and severity: what the engine stores so that
 * a restart neither re-notifies nor forgets to resolve.
 *
 * @param lastFiringAt the last evaluation at which a pair of this severity fired (the damping clock)
 */
public record AlertEpisode(SloId slo, Severity severity, Instant startsAt, Instant lastFiringAt) {
  public AlertEpisode {
    Objects.requireNonNull(slo, "slo");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(lastFiringAt, "lastFiringAt");
    if (lastFiringAt.isBefore(startsAt)) {
      throw new IllegalArgumentException(slo + " " + severity.label() + ": last firing " + lastFiringAt + " is before the start " + startsAt);
    }
  }
}
