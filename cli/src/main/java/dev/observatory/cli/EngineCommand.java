package dev.observatory.cli;

import dev.observatory.slo.model.Durations;
import dev.observatory.slo.server.EngineOptions;
import dev.observatory.slo.server.EngineServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "engine",
    mixinStandardHelpOptions = true,
    description = {
      "Run the SLO engine: scrape the targets' /metrics, keep per-minute SLI data in PostgreSQL (embedded by",
      "default, data in .observatory/engine), evaluate every SLO, alert (webhook, Alertmanager), and serve the",
      "API (/api/v1/...), the status page (/) and the results as Prometheus series (/metrics). Ctrl-C stops it."
    })
final class EngineCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "SLO specs (default: slo-definitions).")
  List<Path> specs = List.of(Path.of("slo-definitions"));

  @Option(names = "--target", paramLabel = "URL", description = "A /metrics endpoint to scrape (repeatable; default: the shop's http://127.0.0.1:9464/metrics).")
  List<URI> targets = List.of(URI.create("http://127.0.0.1:9464/metrics"));

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8090", description = "API, status page and /metrics port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--admin-port", defaultValue = "8091", description = "Admin port with health checks (default: ${DEFAULT-VALUE}).")
  int adminPort;

  @Option(names = "--interval", defaultValue = "15s", description = "Scrape and evaluation interval (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:SLO_DB_URL}", description = "A PostgreSQL server (jdbc:postgresql://...) instead of the embedded one; also SLO_DB_URL.")
  String dbUrl;

  @Option(names = "--data-dir", defaultValue = ".observatory/engine", description = "The embedded PostgreSQL's data folder (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--webhook", paramLabel = "URL", description = "Post alert notifications (JSON) to this URL.")
  URI webhook;

  @Option(names = "--alertmanager", paramLabel = "URL", description = "Send alerts to this Alertmanager (POST /api/v2/alerts).")
  URI alertmanager;

  @Option(names = "--import", paramLabel = "FILE.om", description = "Backfill past minutes from an OpenMetrics history file before scraping (repeatable; importing twice changes nothing).")
  List<Path> history = List.of();

  @Option(names = "--prometheus", paramLabel = "URL", description = {
      "Read every SLI through this Prometheus-compatible HTTP API (Prometheus, Thanos, Mimir) instead of scraping --target:",
      "selector SLIs exactly from their raw samples, raw-PromQL SLIs as their query at a 1m window times 60 per minute",
      "(with Prometheus' extrapolation). Minutes missed while the engine or Prometheus was down are caught up (up to a day)."})
  URI prometheus;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    EngineOptions options;
    try {
      options = new EngineOptions(specs, host, port, adminPort, targets, Durations.parse(interval), dataDir, dbUrl == null || dbUrl.isBlank() ? null : dbUrl, webhook, alertmanager, null, java.time.Duration.ofMinutes(5), history, prometheus);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("slo engine: " + e.getMessage());
    }
    EngineServer server;
    try {
      server = EngineServer.start(options, false);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage() + "\ninvalid SLO specs: the engine did not start");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (Exception e) {
        System.err.println("slo engine: error while stopping: " + e.getMessage());
      } finally {
        stopped.countDown();
      }
    }, "engine-shutdown"));
    var out = spec.commandLine().getOut();
    String reading = prometheus != null ? "reading the Prometheus API at " + prometheus : "scraping " + options.targets();
    out.println("SLO engine up: " + server.sloCount() + " SLOs, " + reading + " every " + interval);
    out.println("  status page  " + server.baseUrl() + "/");
    out.println("  API          " + server.baseUrl() + "/api/v1/slos");
    out.println("  metrics      " + server.baseUrl() + "/metrics");
    out.println("  database     " + server.database());
    out.println("Ctrl-C stops the engine.");
    out.flush();
    stopped.await();
    return SloCli.OK;
  }
}
