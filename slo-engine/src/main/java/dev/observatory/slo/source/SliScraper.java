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
public final class SliScraper {
  private final SliSelection selection;
  private final SliAccumulator accumulator;
  private final ScrapeSource source;
  private final List<URI> targets;
  private final DownstreamErrors downstream = new DownstreamErrors();

  private SliScraper(SliSelection selection, SliAccumulator accumulator, ScrapeSource source, List<URI> targets) {
    this.selection = selection;
    this.accumulator = accumulator;
    this.source = source;
    this.targets = List.copyOf(targets);
    source.alsoFeed(downstream);
  }

  /** The errors of every service's downstream calls per minute, for error attribution. */
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

  /** Scrapes every target once; returns one line per failed target. */
  public List<String> scrape() {
    List<String> errors = new ArrayList<>();
    for (ScrapeOutcome outcome : source.scrapeAll(targets)) {
      if (!outcome.ok()) errors.add(outcome.toString());
    }
    return errors;
  }

  /** The minutes before {@code epochMinute} not returned before, per SLO. */
  public SortedMap<SloId, List<MinuteTally>> closeMinutesBefore(long epochMinute) {
    return accumulator.closeMinutesBefore(epochMinute);
  }

  /** What to persist to resume after a restart without counting anything twice. */
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
  public List<String> skipped() {
    return selection.skipped().stream().map(Object::toString).toList();
  }

  public List<URI> targets() {
    return targets;
  }
}
