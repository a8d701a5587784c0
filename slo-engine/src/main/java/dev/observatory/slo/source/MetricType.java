package dev.observatory.slo.source;

import java.util.Locale;

/**
 * The metric types of both formats, with the sample-name suffixes each family may use. 0.0.4
 * calls the unknown type {@code untyped}; OpenMetrics calls it {@code unknown}.
 */
enum MetricType {
  COUNTER(true, "_total", "_created"),
  GAUGE(true, ""),
  HISTOGRAM(true, "_bucket", "_count", "_sum", "_created"),
  GAUGEHISTOGRAM(false, "_bucket", "_gcount", "_gsum"),
  SUMMARY(true, "", "_count", "_sum", "_created"),
  STATESET(false, ""),
  INFO(false, "_info"),
  UNKNOWN(true, "");

  private final boolean inPrometheusText;
  private final String[] openMetricsSuffixes;

  MetricType(boolean inPrometheusText, String... openMetricsSuffixes) {
    this.inPrometheusText = inPrometheusText;
    this.openMetricsSuffixes = openMetricsSuffixes;
  }

  /** The type named by a {@code # TYPE} line in the format, or null when the format has no such type. */
  static MetricType named(String word, ExpositionFormat format) {
    if (format == ExpositionFormat.PROMETHEUS_TEXT) {
      if (word.equals("untyped")) return UNKNOWN;
      if (word.equals("unknown")) return null;
    }
    for (MetricType t : values()) {
      if (t.name().toLowerCase(Locale.ROOT).equals(word)) {
        return format == ExpositionFormat.PROMETHEUS_TEXT && !t.inPrometheusText ? null : t;
      }
    }
    return null;
  }

  /**
   * Whether a sample named {@code sample} belongs to the family {@code family} of this type. In
   * 0.0.4 the family name of a counter is the sample name itself ({@code # TYPE foo_total counter});
   * in OpenMetrics it is the name without the suffix ({@code # TYPE foo counter}, samples
   * {@code foo_total} and {@code foo_created}).
   */
  boolean belongs(String family, String sample, ExpositionFormat format) {
    if (!sample.startsWith(family)) return false;
    String suffix = sample.substring(family.length());
    if (format == ExpositionFormat.PROMETHEUS_TEXT) {
      return switch (this) {
        case HISTOGRAM -> suffix.equals("_bucket") || suffix.equals("_count") || suffix.equals("_sum");
        case SUMMARY -> suffix.isEmpty() || suffix.equals("_count") || suffix.equals("_sum");
        default -> suffix.isEmpty();
      };
    }
    for (String s : openMetricsSuffixes) {
      if (s.equals(suffix)) return true;
    }
    return false;
  }

  /** The sample names a family may use, for messages: {@code foo_total, foo_created}. */
  String describeSamples(String family, ExpositionFormat format) {
    if (format == ExpositionFormat.PROMETHEUS_TEXT) {
      return switch (this) {
        case HISTOGRAM -> family + "_bucket, " + family + "_count, " + family + "_sum";
        case SUMMARY -> family + ", " + family + "_count, " + family + "_sum";
        default -> family;
      };
    }
    StringBuilder out = new StringBuilder();
    for (String s : openMetricsSuffixes) out.append(out.length() == 0 ? "" : ", ").append(family).append(s);
    return out.toString();
  }

  String word(ExpositionFormat format) {
    return this == UNKNOWN && format == ExpositionFormat.PROMETHEUS_TEXT ? "untyped" : name().toLowerCase(Locale.ROOT);
  }
}
