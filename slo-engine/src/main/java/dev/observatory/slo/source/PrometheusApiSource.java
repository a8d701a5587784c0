package dev.observatory.slo.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.slo.math.CounterIncreases;
import dev.observatory.slo.math.MinuteCounts;
import dev.observatory.slo.math.MinuteIncreases;
import dev.observatory.slo.model.Selector;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads SLI counters from a Prometheus-compatible HTTP API (Prometheus, Thanos, Mimir): the raw
 * samples of each selector over a range ({@code /api/v1/query} with a range selector), turned into
 * per-minute good/total counts exactly as live scraping does — resets and gaps like
 * {@code increase()}, without its extrapolation. Selector-based SLIs only.
 */
public final class PrometheusApiSource {
  private final URI base;
  private final HttpClient http;
  private final Duration timeout;
  private final ObjectMapper json = new ObjectMapper();

  public PrometheusApiSource(URI base, HttpClient http, Duration timeout) {
    this.base = base;
    this.http = http;
    this.timeout = timeout;
  }

  /**
   * The minutes {@code [fromMinute, toMinute)} of every selector-based SLO, from the samples
   * Prometheus holds (one minute before {@code fromMinute} is read as the baseline).
   *
   * @throws IOException when Prometheus cannot be reached or refuses a query (its error is in the message)
   */
  public SortedMap<SloId, List<MinuteTally>> minutes(Collection<Slo> slos, long fromMinute, long toMinute) throws IOException, InterruptedException {
    SortedMap<SloId, List<MinuteTally>> out = new TreeMap<>();
    for (SliSelection.Feed feed : SliSelection.of(slos).feeds()) {
      List<MinuteIncreases> totals = increases(feed.total(), fromMinute, toMinute);
      List<MinuteIncreases> parts = increases(feed.part(), fromMinute, toMinute);
      MinuteCounts counts = feed.partIsBad() ? CounterIncreases.badTotal(parts, totals) : CounterIncreases.goodTotal(parts, totals);
      out.put(feed.slo(), MinuteTally.of(counts, fromMinute, toMinute));
    }
    return out;
  }

  /** Per series of the selector, its per-minute increases from the raw samples. */
  private List<MinuteIncreases> increases(Selector selector, long fromMinute, long toMinute) throws IOException, InterruptedException {
    long rangeSeconds = (toMinute - fromMinute + 1) * 60;
    String query = selector + "[" + rangeSeconds + "s]";
    // The range ends just before toMinute: samples at exactly its start belong to that minute.
    double at = toMinute * 60 - 0.001;
    URI uri = URI.create(base + "/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&time=" + at);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body = json.readTree(r.body());
    if (r.statusCode() != 200 || !"success".equals(body.path("status").asText())) {
      throw new IOException("Prometheus refused " + query + ": HTTP " + r.statusCode() + " " + body.path("error").asText(r.body()));
    }
    List<MinuteIncreases> out = new ArrayList<>();
    for (JsonNode series : body.path("data").path("result")) {
      JsonNode values = series.path("values");
      long[] millis = new long[values.size()];
      double[] v = new double[values.size()];
      for (int i = 0; i < values.size(); i++) {
        millis[i] = Math.round(values.get(i).get(0).asDouble() * 1000);
        v[i] = Double.parseDouble(values.get(i).get(1).asText());
      }
      out.add(CounterIncreases.perMinute(millis, v));
    }
    return out;
  }
}
