package dev.observatory.slo.source;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** One scrape of one target: when it started, how many samples it read, or what went wrong. */
record ScrapeOutcome(URI target, long epochMillis, int samples, Optional<String> error) {
  ScrapeOutcome {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(error, "error");
  }

  static ScrapeOutcome failed(URI target, long epochMillis, String error) {
    return new ScrapeOutcome(target, epochMillis, 0, Optional.of(error));
  }

  boolean ok() {
    return error.isEmpty();
  }

  @Override
  public String toString() {
    return target + ": " + error.orElse(samples + " samples");
  }
}
