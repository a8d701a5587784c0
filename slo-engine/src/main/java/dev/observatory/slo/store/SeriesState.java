package dev.observatory.slo.store;

import java.time.Instant;
import java.util.Objects;

/** The scraper's last reading of one counter series feeding an SLO ({@code series}: its labels as text). */
public record SeriesState(SloKey sloKey, String series, double lastValue, Instant lastScrapeAt) {
  public SeriesState {
    Objects.requireNonNull(sloKey, "sloKey");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(lastScrapeAt, "lastScrapeAt");
    if (!Double.isFinite(lastValue)) throw new IllegalArgumentException(sloKey + " " + series + ": last value must be finite, got " + lastValue);
  }
}
