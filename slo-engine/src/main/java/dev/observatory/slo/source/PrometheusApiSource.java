package dev.observatory.slo.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.observatory.slo.math.CounterIncreases;
import dev.observatory.slo.math.MinuteCounts;
import dev.observatory.slo.math.MinuteIncreases;
import dev.observatory.slo.model.Selector;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
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
 * {@code increase()}, without its extrapolation. Selector-based SLIs only; stateless, so reading
 * a range again gives the same minutes.
 */
public final class PrometheusApiSource {
  private final PrometheusHttp http;

  public PrometheusApiSource(URI base, HttpClient http, Duration timeout) {
    this(new PrometheusHttp(base, http, timeout));
  }

  PrometheusApiSource(PrometheusHttp http) {
    this.http = http;
  }

  /**
   * The minutes {@code [fromMinute, toMinute)} of every selector-based SLO, from the samples
   * Prometheus holds (one minute before {@code fromMinute} is read as the baseline).
   *
   * @throws IOException when Prometheus cannot be reached or refuses a query (its error is in the message)
   */
  public SortedMap<SloId, List<MinuteTally>> minutes(Collection<Slo> slos, long fromMinute, long toMinute) throws IOException, InterruptedException {
    SortedMap<SloId, List<MinuteTally>> out = new TreeMap<>();
    for (SliSelection.Feed feed : SliSelection.of(slos).feeds()) out.put(feed.slo(), minutes(feed, fromMinute, toMinute));
    return out;
  }

  /** One SLO's minutes {@code [fromMinute, toMinute)}. */
  List<MinuteTally> minutes(SliSelection.Feed feed, long fromMinute, long toMinute) throws IOException, InterruptedException {
    List<MinuteIncreases> totals = increases(feed.total(), fromMinute, toMinute);
    List<MinuteIncreases> parts = increases(feed.part(), fromMinute, toMinute);
    MinuteCounts counts = feed.partIsBad() ? CounterIncreases.badTotal(parts, totals) : CounterIncreases.goodTotal(parts, totals);
    return MinuteTally.of(counts, fromMinute, toMinute);
  }

  /** Per series of the selector, its per-minute increases from the raw samples. */
  private List<MinuteIncreases> increases(Selector selector, long fromMinute, long toMinute) throws IOException, InterruptedException {
    long rangeSeconds = (toMinute - fromMinute + 1) * 60;
    // The range ends just before toMinute: samples at exactly its start belong to that minute.
    JsonNode data = http.instant(selector + "[" + rangeSeconds + "s]", toMinute * 60 - 0.001);
    List<MinuteIncreases> out = new ArrayList<>();
    for (JsonNode series : data.path("result")) {
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
