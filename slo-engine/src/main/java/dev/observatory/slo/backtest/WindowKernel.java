package dev.observatory.slo.backtest;

import dev.observatory.slo.math.MinuteCounts;

/**
 * One SLO's history as prefix sums over minutes {@code [start, end)}, so the error ratio of any
 * window at any minute costs a few array reads: the whole history is evaluated window by window in
 * tight loops instead of minute by minute through {@link dev.observatory.slo.math.SloPlan}.
 *
 * <p>The sums and the ratio are computed exactly as {@link dev.observatory.slo.math.MinuteSeries}
 * and {@link dev.observatory.slo.math.WindowCounts} compute them (prefix sums of total and of bad
 * events, good = total − bad, ratio = (total − good) ÷ total clamped to [0, 1]), so the results
 * are bit for bit the engine's. Index {@code k} is the evaluation time {@code now = start + k}.
 * "No events" is {@code NaN} in the arrays: internal only, never printed.
 */
final class WindowKernel {
  private final long start;
  private final int minutes;
  private final double[] totalSums;
  private final double[] badSums;
  private final int[] dataSums;

  private WindowKernel(long start, int minutes, double[] totalSums, double[] badSums, int[] dataSums) {
    this.start = start;
    this.minutes = minutes;
    this.totalSums = totalSums;
    this.badSums = badSums;
    this.dataSums = dataSums;
  }

  /** The kernel of {@code counts} over {@code [start, end)}; minutes outside the counts have no data. */
  static WindowKernel of(MinuteCounts counts, long start, long end) {
    int n = Math.toIntExact(end - start);
    double[] total = new double[n + 1];
    double[] bad = new double[n + 1];
    int[] data = new int[n + 1];
    for (int i = 0; i < n; i++) {
      long m = start + i;
      if (counts != null && counts.hasData(m)) {
        double t = counts.total(m);
        total[i + 1] = total[i] + t;
        bad[i + 1] = bad[i] + (t - counts.good(m));
        data[i + 1] = data[i] + 1;
      } else {
        total[i + 1] = total[i];
        bad[i + 1] = bad[i];
        data[i + 1] = data[i];
      }
    }
    return new WindowKernel(start, n, total, bad, data);
  }

  long start() {
    return start;
  }

  int minutes() {
    return minutes;
  }

  /** Index of evaluation time {@code now} (an epoch minute), clamped to the history. */
  int index(long now) {
    return (int) Math.max(0, Math.min(minutes, now - start));
  }

  /**
   * Error ratios of the window of {@code window} minutes at every evaluation index in
   * {@code [fromK, toK]}: element {@code k - fromK}; NaN where the window has no events.
   */
  double[] ratios(int window, int fromK, int toK) {
    double[] out = new double[toK - fromK + 1];
    final double[] t = totalSums;
    final double[] b = badSums;
    final int[] d = dataSums;
    for (int k = fromK; k <= toK; k++) {
      int lo = k - window < 0 ? 0 : k - window;
      double total = t[k] - t[lo];
      if (d[k] - d[lo] > 0 && total > 0) {
        double good = total - (b[k] - b[lo]);
        double ratio = (total - good) / total;
        out[k - fromK] = ratio <= 0 ? 0.0 : Math.min(ratio, 1.0);
      } else {
        out[k - fromK] = Double.NaN;
      }
    }
    return out;
  }

  /**
   * Burn rates of the window at every index in {@code [fromK, toK]}: the ratio of {@link #ratios}
   * ÷ the error budget, as the engine divides; NaN where the window has no events.
   */
  double[] burnRates(int window, int fromK, int toK, double errorBudget) {
    double[] out = ratios(window, fromK, toK);
    for (int i = 0; i < out.length; i++) out[i] /= errorBudget; // NaN stays NaN
    return out;
  }

  /** All events in the window of {@code window} minutes ending at index {@code k}. */
  double total(int k, int window) {
    return totalSums[k] - totalSums[Math.max(0, k - window)];
  }
}
