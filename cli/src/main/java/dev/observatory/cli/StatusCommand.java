package dev.observatory.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Print the current state of every SLO from a running engine, worst budget first (--json for machines).")
final class StatusCommand implements Callable<Integer> {
  @Option(names = "--engine", defaultValue = "http://127.0.0.1:8090", description = "The engine's URL (default: ${DEFAULT-VALUE}).")
  URI engine;

  @Option(names = "--json", description = "Print the engine's JSON as it is.")
  boolean json;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String body = fetch(engine, "/api/v1/slos");
    var out = spec.commandLine().getOut();
    if (json) {
      out.println(body);
      return SloCli.OK;
    }
    out.print(table(new ObjectMapper().readTree(body)));
    return SloCli.OK;
  }

  static String table(JsonNode slos) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-45s %9s %10s %12s %9s %12s %-8s %-8s%n", "SLO", "objective", "SLI", "budget left", "burn 5m", "burn period", "page", "ticket"));
    for (JsonNode s : slos) {
      out.append(String.format(Locale.ROOT, "%-45s %9s %10s %12s %9s %12s %-8s %-8s%n",
          s.path("service").asText() + "/" + s.path("name").asText(),
          s.path("objective").asText() + "%",
          percent(s.path("sliOverPeriod"), 3),
          percent(s.path("budgetRemaining"), 1),
          number(s.path("currentBurnRate")),
          number(s.path("periodBurnRate")),
          s.path("alerts").path("page").asText("-"),
          s.path("alerts").path("ticket").asText("-")));
    }
    return out.toString();
  }

  private static String percent(JsonNode v, int digits) {
    return v.isNumber() ? String.format(Locale.ROOT, "%." + digits + "f%%", v.asDouble() * 100) : "no data";
  }

  private static String number(JsonNode v) {
    return v.isNumber() ? String.format(Locale.ROOT, "%.2f", v.asDouble()) : "-";
  }

  static String fetch(URI engine, String path) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    HttpResponse<String> r;
    try {
      r = http.send(HttpRequest.newBuilder(engine.resolve(path)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      throw new RunFailedException("slo: no engine answers at " + engine + " (is 'slo engine' running? --engine sets the URL)");
    }
    if (r.statusCode() == 400) throw new InvalidInputException("slo: " + r.body().replaceAll("^\\{\"error\":\"|\"\\}$", ""));
    if (r.statusCode() != 200) throw new RunFailedException("slo: the engine answered HTTP " + r.statusCode() + " for " + path);
    return r.body();
  }
}
