package dev.observatory.slo.report;

import dev.observatory.slo.model.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One time an alert fired, as the engine recorded it.
 *
 * @param budgetSpent the share of the period's error budget spent while it fired (0.25 = 25%)
 */
public record AlertEpisode(Severity severity, Instant start, Instant end, double budgetSpent) {
  public AlertEpisode {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) throw new IllegalArgumentException("episode ends at " + end + ", before its start " + start);
    if (!(budgetSpent >= 0) || Double.isInfinite(budgetSpent)) {
      throw new IllegalArgumentException(budgetSpent + ": budget spent must be a finite share, at least 0");
    }
  }

  public Duration duration() {
    return Duration.between(start, end);
  }

  boolean overlaps(ReportPeriod period) {
    // [start, end) against [period start, period end); an instant episode counts where it starts.
    return start.isBefore(period.end()) && (end.isAfter(period.start()) || !start.isBefore(period.start()));
  }
}
