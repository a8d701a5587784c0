package dev.observatory.slo.math;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The per-minute increases of one counter over minutes {@code [startEpochMinute, endEpochMinute)};
 * a minute without a known increase is "no data". Immutable.
 */
public final class MinuteIncreases {
  static final MinuteIncreases EMPTY = new MinuteIncreases(0, new double[0], new BitSet());

  private final long start;
  private final double[] increases;
  private final BitSet withData;

  MinuteIncreases(long startEpochMinute, double[] increases, BitSet withData) {
    this.start = startEpochMinute;
    this.increases = increases;
    this.withData = withData;
  }

  public long startEpochMinute() {
    return start;
  }

  /** The minute after the last one held. */
  public long endEpochMinute() {
    return start + increases.length;
  }

  public boolean isEmpty() {
    return increases.length == 0;
  }

  /** Whether an increase is known for the minute. */
  public boolean hasData(long epochMinute) {
    long i = epochMinute - start;
    return i >= 0 && i < increases.length && withData.get((int) i);
  }

  /** The increase in the minute; 0 when it has no data. */
  public double increase(long epochMinute) {
    return hasData(epochMinute) ? increases[(int) (epochMinute - start)] : 0;
  }

  /** The sum of the increases of every minute held. */
  public double sum() {
    return Arrays.stream(increases).sum();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("MinuteIncreases[");
    for (int i = 0; i < increases.length; i++) {
      if (i > 0) out.append(", ");
      out.append(start + i).append('=').append(withData.get(i) ? Double.toString(increases[i]) : "no data");
    }
    return out.append(']').toString();
  }
}
