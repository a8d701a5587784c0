package dev.observatory.slo.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Queries to a Prometheus-compatible HTTP API: form-encoded POSTs (queries of any length), the
 * answer's {@code data} when its status is success, otherwise an IOException with Prometheus' own
 * error (or the start of whatever answered instead).
 */
final class PrometheusHttp {
  private final URI base;
  private final HttpClient http;
  private final Duration timeout;
  private final ObjectMapper json = new ObjectMapper();

  PrometheusHttp(URI base, HttpClient http, Duration timeout) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    this.http = http;
    this.timeout = timeout;
  }

  /** {@code /api/v1/query} at {@code atSeconds}. */
  JsonNode instant(String query, double atSeconds) throws IOException, InterruptedException {
    Map<String, String> form = new TreeMap<>(Map.of("query", query, "time", seconds(atSeconds)));
    return post("/api/v1/query", form, query);
  }

  /** {@code /api/v1/query_range} from {@code start} to {@code end} (epoch seconds, both included) every {@code step} seconds. */
  JsonNode range(String query, long start, long end, long step) throws IOException, InterruptedException {
    Map<String, String> form = new TreeMap<>(Map.of("query", query, "start", Long.toString(start), "end", Long.toString(end), "step", Long.toString(step)));
    return post("/api/v1/query_range", form, query);
  }

  private JsonNode post(String path, Map<String, String> form, String query) throws IOException, InterruptedException {
    StringJoiner body = new StringJoiner("&");
    form.forEach((k, v) -> body.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode answer;
    try {
      answer = json.readTree(r.body());
    } catch (IOException e) {
      throw new IOException("Prometheus at " + base + " answered " + query + " with HTTP " + r.statusCode() + " and no JSON: " + start(r.body()));
    }
    if (r.statusCode() != 200 || !"success".equals(answer.path("status").asText())) {
      throw new IOException("Prometheus at " + base + " refused " + query + ": HTTP " + r.statusCode() + " " + answer.path("error").asText(start(r.body())));
    }
    return answer.path("data");
  }

  URI base() {
    return base;
  }

  private static String seconds(double s) {
    return new java.math.BigDecimal(s).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String start(String body) {
    String line = body.strip().replaceAll("\\s+", " ");
    return line.length() > 120 ? line.substring(0, 120) + "…" : line;
  }
}
