package dev.observatory.slo.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/** How good and bad are counted against the objective. */
public sealed interface Budgeting {
  /** Every event counts: SLI = good events / total events. */
  record Occurrences() implements Budgeting {
    @Override
    public String toString() {
      return "occurrences";
    }
  }

  /**
   * Time is cut into slices; a slice is good when its own good ratio reaches
   * {@code goodRatio}. SLI = good slices / slices with events.
   */
  record Timeslices(Duration slice, BigDecimal goodRatio) implements Budgeting {
    public Timeslices {
      requireSlice(slice);
      Objects.requireNonNull(goodRatio, "goodRatio");
      if (goodRatio.signum() <= 0 || goodRatio.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException(goodRatio.toPlainString() + ": a slice's good ratio must be in (0, 1]");
      }
      goodRatio = goodRatio.stripTrailingZeros();
    }

    @Override
    public String toString() {
      return "timeslices (" + Durations.format(slice) + " slices, good at " + goodRatio.movePointRight(2).stripTrailingZeros().toPlainString() + "%)";
    }
  }

  /** Time is cut into slices; SLI = the mean of the slices' good ratios (OpenSLO RatioTimeslices). */
  record RatioTimeslices(Duration slice) implements Budgeting {
    public RatioTimeslices {
      requireSlice(slice);
    }

    @Override
    public String toString() {
      return "ratio timeslices (" + Durations.format(slice) + " slices)";
    }
  }

  private static void requireSlice(Duration slice) {
    Objects.requireNonNull(slice, "slice");
    long minutes = slice.toMinutes();
    if (minutes < 1 || !slice.equals(Duration.ofMinutes(minutes)) || 1440 % minutes != 0) {
      throw new IllegalArgumentException(slice + ": a time slice must be a whole number of minutes that divides a day");
    }
  }
}
