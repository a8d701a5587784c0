package dev.observatory.cli;

import dev.observatory.shop.app.ShopOptions;
import dev.observatory.shop.app.ShopServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "shop",
    mixinStandardHelpOptions = true,
    description = {
      "Run the Astronomy Shop: storefront and /api on --port, /flags and health checks on --admin-port,",
      "spanmetrics on --metrics-port (/metrics). By default every service runs in this process on an",
      "embedded PostgreSQL whose data stays in .observatory/shop. Ctrl-C stops it."
    })
final class ShopCommand implements Callable<Integer> {
  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Storefront and API port (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(names = "--admin-port", defaultValue = "8081", description = "Admin port: /flags, /healthcheck (default: ${DEFAULT-VALUE}).")
  int adminPort;

  @Option(names = "--metrics-port", defaultValue = "9464", description = "Prometheus /metrics port (default: ${DEFAULT-VALUE}; -1 = off).")
  int metricsPort;

  @Option(names = "--services", split = ",", paramLabel = "NAME", description = "Run only these services (default: all): ${COMPLETION-CANDIDATES}.",
      completionCandidates = ServiceNames.class)
  List<String> services;

  @Option(names = "--peer", paramLabel = "SERVICE=URL", description = "Where a service that runs elsewhere is reached, e.g. --peer cart=http://10.0.0.5:8080 (repeatable).")
  Map<String, URI> peers = new TreeMap<>();

  @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:SLO_DB_URL}", description = "A PostgreSQL server (jdbc:postgresql://...) instead of the embedded one; also SLO_DB_URL.")
  String dbUrl;

  @Option(names = "--data-dir", defaultValue = ".observatory/shop", description = "The embedded PostgreSQL's data folder (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--sampling-ratio", defaultValue = "1.0", description = "Share of traces exported (0..1; default: ${DEFAULT-VALUE}); spanmetrics count every span.")
  double samplingRatio;

  @Option(names = "--no-telemetry", negatable = true, description = "Switch tracing, spanmetrics and /metrics off (to measure what telemetry costs).")
  boolean telemetry = true;

  @Option(names = "--quiet", description = "Log warnings and errors only.")
  boolean quiet;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ShopOptions options;
    try {
      Set<String> run = services == null ? Set.copyOf(ShopOptions.ALL_SERVICES) : new LinkedHashSet<>(services);
      options = new ShopOptions(host, port, adminPort, metricsPort, run, peers, dataDir, dbUrl == null || dbUrl.isBlank() ? null : dbUrl, samplingRatio, System.getenv(), quiet, telemetry);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("slo shop: " + e.getMessage());
    }
    var out = spec.commandLine().getOut();
    long started = System.nanoTime();
    ShopServer server = ShopServer.start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (Exception e) {
        System.err.println("slo shop: error while stopping: " + e.getMessage());
      } finally {
        stopped.countDown();
      }
    }, "shop-shutdown"));
    out.printf("Astronomy Shop up in %.1f s (services: %s)%n", (System.nanoTime() - started) / 1e9, String.join(", ", options.services()));
    out.println("  storefront  " + server.baseUrl() + "/");
    out.println("  api         " + server.baseUrl() + "/api/products");
    out.println("  flags       " + server.adminUrl() + "/flags   (slo flags set paymentFailure 0.5)");
    server.metricsUrl().ifPresent(u -> out.println("  metrics     " + u));
    server.database().ifPresent(d -> out.println("  database    " + d));
    out.println("Ctrl-C stops the shop.");
    out.flush();
    stopped.await();
    return SloCli.OK;
  }

  static final class ServiceNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ShopOptions.ALL_SERVICES.iterator();
    }
  }
}
