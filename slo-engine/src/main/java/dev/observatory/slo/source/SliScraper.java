package dev.observatory.slo.source;

import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The scrape source as the engine uses it: scrape every target, then close the minutes before now
 * into per-SLO good/total counts (no data where no successful scrape happened). One scrape loop
 * drives it; not thread-safe.
 */
public final class SliScraper implements SliSource {
  /** Where the engine keeps this source's state. */
  public static final String STATE_KEY = "scraper";
  private final SliSelection selection;
  private final SliAccumulator accumulator;
  private final ScrapeSource source;
  private final List<URI> targets;
  private final DownstreamErrors downstream = new DownstreamErrors();
  private List<String> lastErrors = List.of();

  private SliScraper(SliSelection selection, SliAccumulator accumulator, ScrapeSource source, List<URI> targets) {
    this.selection = selection;
    this.accumulator = accumulator;
    this.source = source;
    this.targets = List.copyOf(targets);
    source.alsoFeed(downstream);
  }

  /** The errors of every service's downstream calls per minute, for error attribution. */
  @Override
  public DownstreamErrors downstreamErrors() {
    return downstream;
  }

  /** A scraper for the selector-based SLIs of {@code slos}, resuming from {@code resume} when given. */
  public static SliScraper of(Collection<Slo> slos, List<URI> targets, Clock clock, Duration timeout, Optional<AccumulatorState> resume) {
    SliSelection selection = SliSelection.of(slos);
    SliAccumulator accumulator = resume.map(s -> SliAccumulator.restore(selection, s)).orElseGet(() -> new SliAccumulator(selection));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return new SliScraper(selection, accumulator, new ScrapeSource(http, clock, accumulator, timeout, 20L * 1024 * 1024), targets);
  }

  @Override
  public String name() {
    return "scrape";
  }

  /** Scrapes every target once; returns one line per failed target. */
  public List<String> scrape() {
    List<String> errors = new ArrayList<>();
    for (ScrapeOutcome outcome : source.scrapeAll(targets)) {
      if (!outcome.ok()) errors.add(outcome.toString());
    }
    return errors;
  }

  @Override
  public void poll() {
    lastErrors = List.copyOf(scrape());
  }

  @Override
  public List<String> lastErrors() {
    return lastErrors;
  }

  @Override
  public String stateKey() {
    return STATE_KEY;
  }

  @Override
  public java.util.Map<String, Double> counters() {
    return java.util.Map.of("observatory_engine_scrape_failures_total", (double) failedScrapes(),
        "observatory_engine_skipped_samples_total", (double) skippedSamples());
  }

  /** The minutes before {@code epochMinute} not returned before, per SLO. */
  @Override
  public SortedMap<SloId, List<MinuteTally>> closeMinutesBefore(long epochMinute) {
    return accumulator.closeMinutesBefore(epochMinute);
  }

  /** What to persist to resume after a restart without counting anything twice. */
  @Override
  public AccumulatorState state() {
    return accumulator.state();
  }

  public long failedScrapes() {
    return source.failedScrapes();
  }

  public long skippedSamples() {
    return accumulator.skippedSamples();
  }

  /** The SLOs this scraper cannot count (raw PromQL), each with the reason. */
  @Override
  public List<String> skipped() {
    return selection.skipped().stream().map(Object::toString).toList();
  }

  public List<URI> targets() {
    return targets;
  }
}
