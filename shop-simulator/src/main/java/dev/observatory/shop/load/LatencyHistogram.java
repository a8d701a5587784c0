package dev.observatory.shop.load;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A log-linear latency histogram in the spirit of HdrHistogram: values (microseconds) below 128
 * are counted exactly; above, each power of two is split into 128 equal buckets, so a bucket is
 * at most 1/128 (0.8%) of its value wide and its midpoint is within 0.4% of any value in it.
 * Range 0 µs to about 12 days, larger values are clamped. Thread-safe, lock-free; recording
 * never allocates or throws.
 */
final class LatencyHistogram {

  private static final int SUB_BITS = 7;
  private static final int SUB_COUNT = 1 << SUB_BITS;
  private static final int MAX_EXPONENT = 40;
  static final long MAX_MICROS = (1L << (MAX_EXPONENT + 1)) - 1;
  static final int BUCKETS = (MAX_EXPONENT - SUB_BITS + 2) * SUB_COUNT;

  private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

  void recordMicros(long micros) {
    counts.incrementAndGet(index(Math.max(0, Math.min(micros, MAX_MICROS))));
  }

  /** A consistent-enough copy for reporting: each bucket is read once. */
  Snapshot snapshot() {
    long[] copy = new long[BUCKETS];
    for (int i = 0; i < BUCKETS; i++) {
      copy[i] = counts.get(i);
    }
    return new Snapshot(copy);
  }

  static int index(long micros) {
    if (micros < SUB_COUNT) {
      return (int) micros;
    }
    int exponent = 63 - Long.numberOfLeadingZeros(micros);
    int shift = exponent - SUB_BITS;
    int mantissa = (int) (micros >>> shift) - SUB_COUNT;
    return (shift + 1) * SUB_COUNT + mantissa;
  }

  /** Smallest value in bucket {@code index}. */
  static long lowerBound(int index) {
    if (index < SUB_COUNT) {
      return index;
    }
    int shift = index / SUB_COUNT - 1;
    long mantissa = index % SUB_COUNT + SUB_COUNT;
    return mantissa << shift;
  }

  static long width(int index) {
    return index < SUB_COUNT ? 1 : 1L << (index / SUB_COUNT - 1);
  }

  /** Immutable bucket counts; subtract two snapshots to get an interval. */
  static final class Snapshot {
    static final Snapshot EMPTY = new Snapshot(new long[BUCKETS]);

    private final long[] counts;
    private final long total;

    private Snapshot(long[] counts) {
      this.counts = counts;
      long sum = 0;
      for (long c : counts) {
        sum += c;
      }
      this.total = sum;
    }

    long count() {
      return total;
    }

    Snapshot minus(Snapshot earlier) {
      long[] diff = new long[BUCKETS];
      for (int i = 0; i < BUCKETS; i++) {
        diff[i] = Math.max(0, counts[i] - earlier.counts[i]);
      }
      return new Snapshot(diff);
    }

    Snapshot plus(Snapshot other) {
      long[] sum = new long[BUCKETS];
      for (int i = 0; i < BUCKETS; i++) {
        sum[i] = counts[i] + other.counts[i];
      }
      return new Snapshot(sum);
    }

    /**
     * The value at quantile {@code q} (0..1] in microseconds: the midpoint of the bucket that
     * holds the ceil(q × count)-th smallest value; 0 when empty.
     */
    double quantileMicros(double q) {
      if (total == 0) {
        return 0;
      }
      long rank = Math.max(1, (long) Math.ceil(q * total));
      long seen = 0;
      for (int i = 0; i < BUCKETS; i++) {
        seen += counts[i];
        if (seen >= rank) {
          long width = width(i);
          return width == 1 ? lowerBound(i) : lowerBound(i) + (width - 1) / 2.0;
        }
      }
      return MAX_MICROS;
    }
  }
}
