package dev.observatory.slo.source;

/**
 * Receives a timed history series by series, in OpenMetrics order: a family, then its series, each
 * declared once and then given its samples in ascending time. Lets a generator feed the history
 * importer directly ({@link HistoryCollector}) or a text writer through the same calls.
 */
public interface HistorySink {
  /**
   * Starts a metric family (its samples follow before the next family starts).
   *
   * @param type the OpenMetrics type word: {@code counter}, {@code histogram}, {@code gauge}
   */
  void family(String name, String type, String help);

  /**
   * Declares a series of the current family and returns its handle for {@link #sample}.
   *
   * @param name the sample name, suffix included ({@code foo_total}, {@code foo_bucket})
   * @param labels alternating label names and values, sorted by name
   */
  int series(String name, String... labels);

  /** One sample of a declared series; timestamps of a series increase. */
  void sample(int series, double value, long timestampMillis);
}
