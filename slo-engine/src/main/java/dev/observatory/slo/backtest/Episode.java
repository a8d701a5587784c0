package dev.observatory.slo.backtest;

import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Severity;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One alert of one SLO and severity, from the evaluation at which it fired to the one at which it
 * resolved (epoch minutes, evaluation times: the alert covers {@code [start, end)}).
 *
 * @param pair the pair that tripped it
 * @param endEpochMinute empty when it was still firing at the end of the backtest
 * @param causedBy the incidents it is attributed to, by name (empty: a false positive, or no
 *     ground truth)
 */
public record Episode(Severity severity, BurnRateAlert pair, long startEpochMinute, OptionalLong endEpochMinute, List<String> causedBy) {
  public Episode {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(endEpochMinute, "endEpochMinute");
    causedBy = List.copyOf(causedBy);
    if (endEpochMinute.isPresent() && endEpochMinute.getAsLong() <= startEpochMinute) {
      throw new IllegalArgumentException(severity.label() + " episode ends at " + endEpochMinute.getAsLong() + ", not after its start " + startEpochMinute);
    }
  }

  Episode causedBy(List<String> incidents) {
    return new Episode(severity, pair, startEpochMinute, endEpochMinute, incidents);
  }
}
