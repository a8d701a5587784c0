package dev.observatory.slo.simulate;

import dev.observatory.slo.model.Spanmetrics;

/**
 * A log-normal latency over the spanmetrics buckets: for each interval between bucket bounds
 * ({@code (0, 2]}, {@code (2, 4]}, …, {@code (15000, +Inf)}) the probability of a call landing in
 * it and the mean latency of those calls, in microseconds (so sums add up exactly in integers).
 */
final class LatencyBuckets {
  static final int INTERVALS = Spanmetrics.BUCKETS_MS.size() + 1;

  /** P(latency ≤ bound) for each finite bound. */
  final double[] cdf = new double[INTERVALS - 1];
  final double[] probability = new double[INTERVALS];
  final long[] meanMicros = new long[INTERVALS];

  LatencyBuckets(Latency latency, double factor) {
    double mu = latency.mu() + Math.log(factor);
    double sigma = latency.sigma();
    double mean = Math.exp(mu + sigma * sigma / 2);
    double below = 0;
    double partialBelow = 0;
    for (int i = 0; i < INTERVALS; i++) {
      boolean last = i == INTERVALS - 1;
      double upper = last ? Double.POSITIVE_INFINITY : Spanmetrics.BUCKETS_MS.get(i);
      double lower = i == 0 ? 0 : Spanmetrics.BUCKETS_MS.get(i - 1);
      double at = last ? 1 : phi((Math.log(upper) - mu) / sigma);
      double partial = last ? 1 : phi((Math.log(upper) - mu - sigma * sigma) / sigma);
      if (!last) cdf[i] = at;
      probability[i] = Math.max(0, at - below);
      // E[X; lower < X <= upper] = e^(mu + sigma²/2) (Φ((ln upper − mu − sigma²)/sigma) − Φ(...lower...))
      double conditional = probability[i] > 1e-12 ? mean * (partial - partialBelow) / probability[i] : (last ? lower * 1.5 : (lower + upper) / 2);
      double clamped = Math.min(last ? Double.MAX_VALUE : upper, Math.max(lower, conditional));
      meanMicros[i] = Math.round(clamped * 1000);
      below = at;
      partialBelow = partial;
    }
  }

  /** The standard normal distribution function, from erfc (Numerical Recipes' erfcc, error below 1.2e-7). */
  static double phi(double x) {
    double z = Math.abs(x) / Math.sqrt(2);
    double t = 1 / (1 + 0.5 * z);
    double erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
        + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? 1 - erfc / 2 : erfc / 2;
  }
}
