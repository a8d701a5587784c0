package dev.observatory.shop.telemetry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** One scrape of a Prometheus text endpoint, parsed into samples (enough for these tests). */
record Scrape(String text, List<Sample> samples) {

  record Sample(String name, Map<String, String> labels, double value) {}

  static final String TEXT_FORMAT = "text/plain; version=0.0.4";
  static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0";

  static Scrape of(Telemetry telemetry) throws IOException, InterruptedException {
    return of(telemetry, TEXT_FORMAT);
  }

  static Scrape of(Telemetry telemetry, String accept) throws IOException, InterruptedException {
    int port = telemetry.prometheusPort().orElseThrow();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .header("Accept", accept)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("scrape answered " + response.statusCode());
    }
    return parse(response.body());
  }

  static Scrape parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) { // "# EOF" in OpenMetrics too
        samples.add(sample(line));
      }
    }
    return new Scrape(text, List.copyOf(samples));
  }

  Set<String> names(String prefix) {
    Set<String> names = new TreeSet<>();
    samples.stream().filter(s -> s.name().startsWith(prefix)).forEach(s -> names.add(s.name()));
    return names;
  }

  List<Sample> series(String name) {
    return samples.stream().filter(s -> s.name().equals(name)).toList();
  }

  List<Sample> series(String name, Predicate<Map<String, String>> labels) {
    return samples.stream()
        .filter(s -> s.name().equals(name) && labels.test(s.labels()))
        .toList();
  }

  /** The value of the one series with that name and (at least) these labels, 0 if absent. */
  double value(String name, Map<String, String> labels) {
    List<Sample> matching =
        series(name, l -> l.entrySet().containsAll(labels.entrySet()));
    if (matching.size() > 1) {
      throw new IllegalStateException(matching.size() + " series match " + name + labels);
    }
    return matching.isEmpty() ? 0.0 : matching.get(0).value();
  }

  private static Sample sample(String line) {
    int brace = line.indexOf('{');
    int space = line.lastIndexOf(' ');
    if (brace < 0 || brace > space) {
      return new Sample(line.substring(0, space), Map.of(), Double.parseDouble(line.substring(space + 1)));
    }
    String name = line.substring(0, brace);
    Map<String, String> labels = new LinkedHashMap<>();
    int i = brace + 1;
    while (line.charAt(i) != '}') {
      int eq = line.indexOf('=', i);
      String key = line.substring(i, eq);
      StringBuilder value = new StringBuilder();
      int j = eq + 2; // past ="
      while (line.charAt(j) != '"') {
        if (line.charAt(j) == '\\') {
          j++;
        }
        value.append(line.charAt(j++));
      }
      labels.put(key, value.toString());
      i = j + 1;
      if (line.charAt(i) == ',') {
        i++;
      }
    }
    String rest = line.substring(i + 1).trim().split(" ")[0];
    return new Sample(name, labels, Double.parseDouble(rest));
  }
}
