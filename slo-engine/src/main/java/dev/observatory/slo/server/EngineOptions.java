package dev.observatory.slo.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to run the engine.
 *
 * @param specs the SLO spec files or folders
 * @param host interface to bind (127.0.0.1 unless told otherwise)
 * @param port API, status page and /metrics (default 8090; 0 = a free one)
 * @param adminPort Dropwizard admin port with health checks (0 = a free one)
 * @param targets the /metrics endpoints to scrape
 * @param scrapeInterval how often to scrape and evaluate (default 15 s)
 * @param dataDirectory the embedded PostgreSQL's data, when {@code dbUrl} is null
 * @param dbUrl a PostgreSQL server instead of the embedded one
 * @param webhook a webhook for alert notifications, or null
 * @param alertmanager an Alertmanager base URL (POST /api/v2/alerts), or null
 * @param token the bearer token that write endpoints require, or null when there are none to protect
 * @param resolveAfter how long an alert stays quiet before it resolves (flap damping; default 5m)
 * @param history OpenMetrics history files to backfill minutes from before the first scrape
 * @param prometheus a Prometheus-compatible API to read every SLI from instead of scraping {@code targets}, or null
 */
public record EngineOptions(
    List<Path> specs, String host, int port, int adminPort, List<URI> targets, Duration scrapeInterval,
    Path dataDirectory, String dbUrl, URI webhook, URI alertmanager, String token, Duration resolveAfter, List<Path> history, URI prometheus) {

  public EngineOptions {
    specs = List.copyOf(specs);
    targets = List.copyOf(targets);
    history = List.copyOf(history);
    Objects.requireNonNull(scrapeInterval, "scrapeInterval");
    Objects.requireNonNull(resolveAfter, "resolveAfter");
    if (specs.isEmpty()) throw new IllegalArgumentException("no SLO specs given");
    if (scrapeInterval.compareTo(Duration.ofSeconds(1)) < 0 || scrapeInterval.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException("scrape interval must be from 1s to 1m, found " + scrapeInterval.toSeconds() + "s");
    }
    if (prometheus != null && !"http".equals(prometheus.getScheme()) && !"https".equals(prometheus.getScheme())) {
      throw new IllegalArgumentException("prometheus " + prometheus + " must be an http(s) URL");
    }
    for (URI t : targets) {
      if (!"http".equals(t.getScheme()) && !"https".equals(t.getScheme())) throw new IllegalArgumentException("target " + t + " must be an http(s) URL");
    }
  }

  /** Options that scrape {@code targets} (no Prometheus source). */
  public EngineOptions(List<Path> specs, String host, int port, int adminPort, List<URI> targets, Duration scrapeInterval,
      Path dataDirectory, String dbUrl, URI webhook, URI alertmanager, String token, Duration resolveAfter, List<Path> history) {
    this(specs, host, port, adminPort, targets, scrapeInterval, dataDirectory, dbUrl, webhook, alertmanager, token, resolveAfter, history, null);
  }

  /** These options reading every SLI from the Prometheus API at {@code url} instead of scraping. */
  public EngineOptions withPrometheus(URI url) {
    return new EngineOptions(specs, host, port, adminPort, targets, scrapeInterval, dataDirectory, dbUrl, webhook, alertmanager, token, resolveAfter, history, url);
  }

  /** These options on the given ports. */
  EngineOptions withPorts(int port, int adminPort) {
    return new EngineOptions(specs, host, port, adminPort, targets, scrapeInterval, dataDirectory, dbUrl, webhook, alertmanager, token, resolveAfter, history, prometheus);
  }
}
