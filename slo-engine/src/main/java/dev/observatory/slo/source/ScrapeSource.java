package dev.observatory.slo.source;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Scrapes {@code /metrics} pages and feeds the accumulator: a page that arrives in time, with
 * status 200, a metrics Content-Type, within the size limit, and parses whole, is a successful
 * scrape; anything else is a failed one (its minute stays no data) with a one-line reason. Never
 * throws for a target's fault. One scrape loop at a time: not thread-safe.
 */
final class ScrapeSource {
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private final HttpClient http;
  private final Clock clock;
  private final SliAccumulator accumulator;
  private final Duration timeout;
  private final long maxBytes;
  private long failedScrapes;
  private DownstreamErrors downstream;

  ScrapeSource(HttpClient http, Clock clock, SliAccumulator accumulator) {
    this(http, clock, accumulator, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);
  }

  ScrapeSource(HttpClient http, Clock clock, SliAccumulator accumulator, Duration timeout, long maxBytes) {
    this.http = Objects.requireNonNull(http, "http");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.accumulator = Objects.requireNonNull(accumulator, "accumulator");
    if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException(timeout + ": the scrape timeout must be positive");
    if (maxBytes <= 0) throw new IllegalArgumentException(maxBytes + ": the page size limit must be positive");
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  /** Also feeds every good page to {@code tracker} (error attribution). */
  void alsoFeed(DownstreamErrors tracker) {
    this.downstream = tracker;
  }

  /** Scrapes every target in turn. */
  List<ScrapeOutcome> scrapeAll(List<URI> targets) {
    List<ScrapeOutcome> outcomes = new ArrayList<>(targets.size());
    for (URI target : targets) outcomes.add(scrape(target));
    return outcomes;
  }

  /** Scrapes one target; the scrape's time is its start, as in Prometheus. */
  ScrapeOutcome scrape(URI target) {
    long start = clock.millis();
    ScrapeOutcome outcome = fetchAndParse(target, start);
    if (outcome.ok()) return outcome;
    failedScrapes++;
    accumulator.scrapeFailed(target.toString(), start);
    return outcome;
  }

  /** Scrapes that failed since this source was made. */
  long failedScrapes() {
    return failedScrapes;
  }

  private ScrapeOutcome fetchAndParse(URI target, long start) {
    HttpResponse<byte[]> response;
    try {
      response = fetch(target);
    } catch (TimeoutException | HttpTimeoutException e) {
      return ScrapeOutcome.failed(target, start, "no complete response within " + describe(timeout));
    } catch (LimitedBody.TooLarge e) {
      return ScrapeOutcome.failed(target, start, e.getMessage());
    } catch (ConnectException e) {
      return ScrapeOutcome.failed(target, start, "cannot connect: " + Optional.ofNullable(e.getMessage()).orElse("connection refused"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ScrapeOutcome.failed(target, start, "interrupted");
    } catch (Exception e) {
      return ScrapeOutcome.failed(target, start, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    if (response.statusCode() != 200) {
      return ScrapeOutcome.failed(target, start, "HTTP status " + response.statusCode() + ", expected 200");
    }
    String contentType = response.headers().firstValue("content-type").orElse(null);
    Optional<ExpositionFormat> format = ExpositionFormat.ofContentType(contentType);
    if (format.isEmpty()) {
      String what = contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/html") ? "an HTML page" : "a page";
      return ScrapeOutcome.failed(target, start, "the target answered with " + what + " (Content-Type " + contentType + "), not metrics");
    }
    ParseResult parsed = ExpositionParser.forPages(format.get()).parse(new String(response.body(), StandardCharsets.UTF_8));
    if (!parsed.ok()) {
      return ScrapeOutcome.failed(target, start, "bad page: " + parsed.problem().orElseThrow());
    }
    accumulator.scraped(target.toString(), start, parsed.samples());
    if (downstream != null) downstream.scraped(target.toString(), start, parsed.samples());
    return new ScrapeOutcome(target, start, parsed.samples().size(), Optional.empty());
  }

  /** The whole exchange, body included, is bounded by the timeout (the request timeout alone stops at the headers). */
  private HttpResponse<byte[]> fetch(URI target) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout).header("Accept", ExpositionFormat.ACCEPT).GET().build();
    CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, LimitedBody.handler(maxBytes));
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof java.io.IOException) && cause.getCause() instanceof LimitedBody.TooLarge) {
        cause = cause.getCause();
      }
      if (cause instanceof Exception ex) throw ex;
      throw e;
    }
  }

  private static String describe(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
