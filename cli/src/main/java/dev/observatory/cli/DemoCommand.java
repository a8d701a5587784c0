package dev.observatory.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.dashboards.Generator;
import dev.observatory.dashboards.alertmanager.Receivers;
import dev.observatory.shop.app.ShopOptions;
import dev.observatory.shop.app.ShopServer;
import dev.observatory.shop.load.LoadConfig;
import dev.observatory.shop.load.LoadGenerator;
import dev.observatory.shop.load.ScenarioException;
import dev.observatory.shop.load.ScenarioLoader;
import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.server.EngineOptions;
import dev.observatory.slo.server.EngineServer;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Everything at once on the embedded default: the Astronomy Shop, the SLO engine scraping it, and the",
      "load generator with an incident (by default 2 minutes healthy, paymentFailure 0.5 for about 4 minutes,",
      "then healthy). Shows a live table; the checkout page alert fires and resolves. At the end writes the",
      "generated rules, dashboards and a report under --out. Ctrl-C stops everything; data stays in .observatory/."
    })
final class DemoCommand implements Callable<Integer> {
  static final String CHECKOUT = "checkout/place-order-availability";

  @Option(names = "--minutes", defaultValue = "8", description = "Length of the load run, in minutes (default: ${DEFAULT-VALUE}; at least 3).")
  int minutes;

  @Option(names = "--scenario", paramLabel = "FILE", description = "An incident scenario instead of the default (see slo load --help).")
  Path scenario;

  @Option(names = "--webhook", paramLabel = "URL", description = "Also post the alerts (JSON) to this URL.")
  URI webhook;

  @Option(names = "--out", defaultValue = "out", description = "Where to write the generated artifacts and the report (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(names = "--data-dir", defaultValue = ".observatory", description = "Where the embedded PostgreSQL keeps its data (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--users", defaultValue = "10", description = "Virtual users (default: ${DEFAULT-VALUE}).")
  int users;

  // Hidden: for the demo's own test (a short run in a temporary folder beside other servers).
  @Option(names = "--specs", hidden = true, defaultValue = "slo-definitions", description = "SLO specs to run (default: ${DEFAULT-VALUE}).")
  Path specsDir;

  @Option(names = "--free-ports", hidden = true, description = "Run the shop and the engine on free ports instead of 8080 and 8090.")
  boolean freePorts;

  @Option(names = "--refresh", hidden = true, defaultValue = "15s", description = "How often the live table is printed (default: ${DEFAULT-VALUE}).")
  String refresh;

  @Option(names = "--resolve-after", hidden = true, defaultValue = "1m", description = "Quiet time before a demo alert resolves (default: ${DEFAULT-VALUE}).")
  String resolveAfter;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    if (minutes < 3 || minutes > 240) throw new InvalidInputException("slo demo: --minutes must be from 3 to 240, found " + minutes);
    Duration refreshEvery;
    Duration quietFor;
    try {
      refreshEvery = dev.observatory.slo.model.Durations.parse(refresh);
      quietFor = dev.observatory.slo.model.Durations.parse(resolveAfter);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("slo demo: " + e.getMessage());
    }
    var specs = SpecLoader.load(List.of(specsDir));
    if (specs.hasErrors()) throw new InvalidInputException("slo demo: " + specsDir + " has invalid specs; run slo validate " + specsDir);
    List<Slo> slos = specs.slos().stream().map(LoadedSlo::slo).toList();
    Path demoSpecs = Files.createDirectories(dataDir.resolve("demo-specs"));
    Files.writeString(demoSpecs.resolve("slos.yaml"), dev.observatory.slo.spec.SpecConverter.convert(compressed(slos), dev.observatory.slo.spec.SpecFormat.NATIVE).text());
    LoadConfig.Builder load = LoadConfig.builder().users(users).rampUp(Duration.ofSeconds(10)).thinkTime(Duration.ofMillis(300), Duration.ofMillis(1200))
        .duration(Duration.ofMinutes(minutes + 4)).reportInterval(Duration.ofMinutes(1)).progress(false).seed(System.nanoTime());
    try {
      load.scenario(scenario != null ? ScenarioLoader.load(scenario) : ScenarioLoader.load(defaultScenario(Files.createTempFile(dataDir, "scenario", ".yaml"))));
    } catch (ScenarioException e) {
      throw new InvalidInputException(String.join("\n", e.problems()));
    }

    out.println("Starting the Astronomy Shop and the SLO engine on the embedded PostgreSQL (data in " + dataDir + ") ...");
    out.flush();
    ShopOptions shopOptions = ShopOptions.defaults(dataDir.resolve("shop")).quietly();
    ShopServer shop = ShopServer.start(freePorts ? shopOptions.withPorts(0, 0, 0) : shopOptions);
    EngineServer engine;
    try {
      URI metrics = shop.metricsUrl().orElseThrow();
      engine = EngineServer.start(new EngineOptions(List.of(demoSpecs), "127.0.0.1", freePorts ? 0 : 8090, freePorts ? 0 : 8091, List.of(metrics), Duration.ofSeconds(5),
          dataDir.resolve("engine"), null, webhook, null, null, quietFor, List.of()), true);
    } catch (Exception e) {
      shop.close();
      throw e;
    }
    Path logFile = dataDir.resolve("demo.log");
    DemoLog.toFile(logFile);
    ExecutorService background = Executors.newSingleThreadExecutor();
    LoadGenerator generator = new LoadGenerator(load.target(shop.baseUrl()).admin(shop.adminUrl()).build(), new PrintWriter(new StringWriter()));
    Thread stopper = new Thread(() -> {
      generator.stop();
      close(engine, shop);
    }, "demo-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    out.println("  storefront   " + shop.baseUrl() + "/");
    out.println("  status page  " + engine.baseUrl() + "/");
    out.println("  shop metrics " + shop.metricsUrl().orElseThrow());
    out.println("  SLO metrics  " + engine.baseUrl() + "/metrics");
    out.println("  logs         " + logFile);
    String incident = scenario != null ? "the scenario " + scenario : "paymentFailure 0.5 from minute " + Math.max(1, minutes / 4) + " for about " + incidentMinutes() + " minutes";
    out.println("Load: " + users + " users for " + minutes + " minutes; incident: " + incident + ".");
    out.println("(Demo alert windows are compressed — page at 14.4x over 5m and 1m, resolve after 1 quiet minute — so a short run shows an alert fire and resolve; the generated rules keep the workbook policy.)");
    out.flush();

    Future<?> running = background.submit(generator::run);
    long start = System.nanoTime();
    String fired = null;
    String resolved = null;
    long deadline = start + Duration.ofMinutes(minutes).toNanos();
    long grace = deadline + Duration.ofMinutes(4).toNanos();
    ObjectMapper json = new ObjectMapper();
    LiveTable live = LiveTable.on(out);
    while (System.nanoTime() < deadline || (fired != null && resolved == null && System.nanoTime() < grace)) {
      Thread.sleep(refreshEvery.toMillis());
      JsonNode table = json.readTree(StatusCommand.fetch(engine.baseUrl(), "/api/v1/slos"));
      String elapsed = clock(System.nanoTime() - start);
      String state = stateOf(table, CHECKOUT);
      if (fired == null && "firing".equals(state)) fired = elapsed;
      if (fired != null && resolved == null && !"firing".equals(state)) resolved = elapsed;
      live.show("[" + elapsed + "] checkout page alert: " + state + "\n" + StatusCommand.table(table));
    }
    generator.stop();
    running.get();
    background.shutdownNow();

    Map<String, String> files = Generator.files(slos, new Receivers(null, null));
    Generator.write(files, outDir);
    String period = YearMonth.now(ZoneOffset.UTC).toString();
    ReportCommand.write(outDir.resolve("report-" + period + ".md"), StatusCommand.fetch(engine.baseUrl(), "/api/v1/reports/" + period + "?format=md"));
    ReportCommand.write(outDir.resolve("report-" + period + ".html"), StatusCommand.fetch(engine.baseUrl(), "/api/v1/reports/" + period + "?format=html"));
    out.println();
    out.println("checkout page alert: " + (fired == null ? "did not fire" : "fired at " + fired) + (resolved == null ? "" : ", resolved at " + resolved));
    out.println("Wrote " + files.size() + " generated files and the " + period + " report (md, html) under " + outDir + "/");
    out.println("Look at: the report " + outDir.resolve("report-" + period + ".html") + ", the rules under " + outDir.resolve("prometheus") + ", the dashboards under " + outDir.resolve("grafana") + " (run slo shop and slo engine to browse the storefront and the status page again; the data is kept in " + dataDir + ")");
    out.flush();
    Runtime.getRuntime().removeShutdownHook(stopper);
    close(engine, shop);
    return fired != null && resolved != null ? SloCli.OK : SloCli.FAILURE;
  }

  private int incidentMinutes() {
    return Math.max(1, minutes / 2);
  }

  private Path defaultScenario(Path file) throws java.io.IOException {
    int from = Math.max(1, minutes / 4);
    Files.writeString(file, "name: payment-incident\nsteps:\n  - at: " + from + "m\n    set: {paymentFailure: 0.5}\n  - at: " + (from + incidentMinutes()) + "m\n    set: {paymentFailure: 0}\n");
    return file;
  }

  /** The SLOs with alert windows short enough for a demo: page at 14.4x over 5m and 1m, ticket at 6x over 30m and 5m. */
  static List<Slo> compressed(List<Slo> slos) {
    List<BurnRateAlert> policy = List.of(
        new BurnRateAlert(Severity.PAGE, Duration.ofMinutes(5), Duration.ofMinutes(1), 14.4),
        new BurnRateAlert(Severity.TICKET, Duration.ofMinutes(30), Duration.ofMinutes(5), 6));
    return slos.stream().map(s -> {
      Alerting a = s.alerting();
      return new Slo(s.id(), s.description(), s.sli(), s.objective(), s.window(), s.budgeting(), s.labels(),
          new Alerting(a.name(), a.labels(), a.annotations(), a.page(), a.ticket(), policy));
    }).toList();
  }

  private static String stateOf(JsonNode table, String id) {
    for (JsonNode s : table) {
      if ((s.path("service").asText() + "/" + s.path("name").asText()).equals(id)) return s.path("alerts").path("page").asText("unknown");
    }
    return "unknown";
  }

  private static String clock(long nanos) {
    long seconds = nanos / 1_000_000_000L;
    return String.format(java.util.Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
  }

  private static void close(EngineServer engine, ShopServer shop) {
    try {
      engine.close();
    } catch (Exception e) {
      System.err.println("slo demo: error while stopping the engine: " + e.getMessage());
    }
    try {
      shop.close();
    } catch (Exception e) {
      System.err.println("slo demo: error while stopping the shop: " + e.getMessage());
    }
  }
}
