package dev.observatory.slo.simulate;

/**
 * A span's latency as a log-normal distribution given by its median and 99th percentile, in
 * milliseconds: {@code ln(latency)} is normal with mean {@code ln(median)} and standard deviation
 * {@code ln(p99 / median) / z(0.99)}.
 */
public record Latency(double medianMillis, double p99Millis) {
  /** The standard normal quantile of 0.99. */
  static final double Z99 = 2.3263478740408408;

  public Latency {
    if (!(medianMillis > 0) || Double.isInfinite(medianMillis)) throw new IllegalArgumentException("median latency " + medianMillis + " ms must be positive");
    if (!(p99Millis > medianMillis) || Double.isInfinite(p99Millis)) {
      throw new IllegalArgumentException("p99 latency " + p99Millis + " ms must be above the median " + medianMillis + " ms");
    }
  }

  double mu() {
    return Math.log(medianMillis);
  }

  double sigma() {
    return Math.log(p99Millis / medianMillis) / Z99;
  }
}
