package dev.observatory.slo.store;

import dev.observatory.slo.model.Severity;
import java.time.Instant;

/**
 * An alert of one severity on one SLO, from its first firing evaluation to its resolution
 * ({@code resolvedAt} is null while it is open), with the highest burn rate seen and the share of
 * the error budget spent meanwhile.
 */
public record AlertEpisode(
    long id, SloKey sloKey, Severity severity, Instant startedAt, Instant resolvedAt, double peakBurnRate, double budgetSpent) {
  public boolean isOpen() {
    return resolvedAt == null;
  }
}
