package dev.observatory.slo.source;

import java.util.Locale;
import java.util.Optional;

/** The two text formats, told apart by the response's Content-Type. */
enum ExpositionFormat {
  /** {@code text/plain; version=0.0.4}: millisecond timestamps, no {@code # EOF}. */
  PROMETHEUS_TEXT,
  /** {@code application/openmetrics-text; version=1.0.0}: timestamps in seconds, ends with {@code # EOF}. */
  OPENMETRICS;

  /** What a scraper asks for, preferring OpenMetrics as Prometheus does. */
  static final String ACCEPT = "application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.4,*/*;q=0.1";

  /**
   * The format a Content-Type announces: OpenMetrics, or 0.0.4 for {@code text/plain} and a
   * missing header (as Prometheus falls back); empty for anything else (HTML, JSON, protobuf).
   */
  static Optional<ExpositionFormat> ofContentType(String contentType) {
    if (contentType == null || contentType.isBlank()) return Optional.of(PROMETHEUS_TEXT);
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return switch (mediaType) {
      case "application/openmetrics-text" -> Optional.of(OPENMETRICS);
      case "text/plain" -> Optional.of(PROMETHEUS_TEXT);
      default -> Optional.empty();
    };
  }
}
