package dev.observatory.slo.server;

import dev.observatory.slo.alerting.AlertmanagerSender;
import dev.observatory.slo.alerting.Backoff;
import dev.observatory.slo.alerting.NotificationSender;
import dev.observatory.slo.alerting.OutboxDispatcher;
import dev.observatory.slo.alerting.WebhookSender;
import dev.observatory.slo.model.Slo;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.observatory.slo.source.PrometheusSliSource;
import dev.observatory.slo.source.SliScraper;
import dev.observatory.slo.source.SliSource;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import dev.observatory.slo.spec.SpecSet;
import dev.observatory.slo.store.EngineDatabase;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import net.sourceforge.argparse4j.inf.Namespace;
import org.eclipse.jetty.server.Server;

/** A running engine: its database, its evaluation cycle and its Dropwizard server, started and stopped together. */
public final class EngineServer implements AutoCloseable {
  /** How long after a minute's end Prometheus gets to ingest its last samples before the engine reads it. */
  static final Duration PROMETHEUS_SETTLE = Duration.ofSeconds(15);
  private final EngineOptions options;
  private final EngineDatabase database;
  private final Engine engine;
  private Server jetty;

  private EngineServer(EngineOptions options, EngineDatabase database, Engine engine) {
    this.options = options;
    this.database = database;
    this.engine = engine;
  }

  /**
   * Loads the specs (invalid ones: IllegalArgumentException with every problem, one per line),
   * opens the database, restores the SLOs' minutes and open alerts from it, and starts serving.
   */
  public static EngineServer start(EngineOptions requested, boolean quiet) throws Exception {
    return start(requested, quiet, Clock.systemUTC());
  }

  /** As {@link #start(EngineOptions, boolean)} on another clock (tests move time on by hand). */
  static EngineServer start(EngineOptions requested, boolean quiet, Clock clock) throws Exception {
    SpecSet specs = SpecLoader.load(requested.specs());
    if (specs.hasErrors()) {
      throw new IllegalArgumentException(String.join("\n", specs.errors().stream().map(Object::toString).toList()));
    }
    List<Slo> slos = specs.slos().stream().map(LoadedSlo::slo).toList();
    EngineOptions options = requested.withPorts(freeIfZero(requested.port()), freeIfZero(requested.adminPort()));
    EngineDatabase database = options.dbUrl() != null ? EngineDatabase.at(options.dbUrl()) : EngineDatabase.embedded(options.dataDirectory());
    try {
      database.migrate();
      for (Path history : options.history()) backfill(database, slos, history);
      Map<String, NotificationSender> senders = new TreeMap<>();
      if (options.webhook() != null) senders.put(Engine.WEBHOOK, new WebhookSender(options.webhook(), Duration.ofSeconds(10)));
      if (options.alertmanager() != null) senders.put(Engine.ALERTMANAGER, new AlertmanagerSender(options.alertmanager(), Duration.ofSeconds(10)));
      PostgresOutbox outbox = new PostgresOutbox(database.jdbi());
      OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, senders, Backoff.DEFAULT, new Random(), clock, 100);
      SliSource source = source(options, slos, database, clock);
      Engine engine = new Engine(slos, source, database.jdbi(), clock, outbox, dispatcher, new ArrayList<>(senders.keySet()), dev.observatory.slo.alerting.Damping.after(options.resolveAfter()));
      EngineServer server = new EngineServer(options, database, engine);
      server.startJetty(quiet);
      return server;
    } catch (Exception | Error e) {
      database.close();
      throw e;
    }
  }

  /**
   * Scraping the targets, resuming from the saved scraper state; or the Prometheus API, each SLO
   * resuming at its saved cursor or after its last stored minute (a restart catches up what it missed).
   */
  private static SliSource source(EngineOptions options, List<Slo> slos, EngineDatabase database, Clock clock) {
    var jdbi = database.jdbi();
    if (options.prometheus() == null) {
      return SliScraper.of(slos, options.targets(), clock, Duration.ofSeconds(10),
          Engine.savedState(jdbi, SliScraper.STATE_KEY, new TypeReference<dev.observatory.slo.source.AccumulatorState>() {}));
    }
    Map<String, Long> resume = new TreeMap<>();
    var minutes = jdbi.onDemand(dev.observatory.slo.store.MinuteDao.class);
    for (Slo slo : slos) minutes.lastMinute(dev.observatory.slo.store.SloKey.of(slo.id())).ifPresent(m -> resume.put(slo.id().toString(), m + 1));
    Engine.savedState(jdbi, PrometheusSliSource.STATE_KEY, new TypeReference<TreeMap<String, Long>>() {}).ifPresent(resume::putAll);
    return PrometheusSliSource.of(slos, options.prometheus(), clock, Duration.ofSeconds(30), PROMETHEUS_SETTLE, resume);
  }

  /** Stores a history file's minutes (idempotently: importing twice changes nothing). */
  private static void backfill(EngineDatabase database, List<Slo> slos, Path history) throws IOException {
    var minutes = dev.observatory.slo.source.HistoryFile.read(history, slos);
    minutes.warnings().forEach(w -> org.slf4j.LoggerFactory.getLogger(EngineServer.class).warn(w));
    List<dev.observatory.slo.store.MinuteRow> rows = new ArrayList<>();
    minutes.minutes().forEach((id, tallies) -> tallies.forEach(t ->
        rows.add(new dev.observatory.slo.store.MinuteRow(dev.observatory.slo.store.SloKey.of(id), t.epochMinute(), t.good(), t.total()))));
    database.jdbi().onDemand(dev.observatory.slo.store.MinuteDao.class).importMinutes(rows);
  }

  private void startJetty(boolean quiet) throws Exception {
    EngineApplication app = new EngineApplication(engine, database);
    Bootstrap<EngineConfiguration> bootstrap = new Bootstrap<>(app);
    app.initialize(bootstrap);
    EngineConfiguration configuration = new EngineConfiguration();
    configuration.options(options);
    DefaultServerFactory server = new DefaultServerFactory();
    server.setApplicationConnectors(List.of(connector(options.port())));
    server.setAdminConnectors(List.of(connector(options.adminPort())));
    LogbackAccessRequestLogFactory requestLog = new LogbackAccessRequestLogFactory();
    requestLog.setAppenders(List.of());
    server.setRequestLogFactory(requestLog);
    configuration.setServerFactory(server);
    DefaultLoggingFactory logging = (DefaultLoggingFactory) configuration.getLoggingFactory();
    logging.setLevel(quiet ? "WARN" : "INFO");
    var console = new io.dropwizard.logging.common.ConsoleAppenderFactory<ch.qos.logback.classic.spi.ILoggingEvent>();
    console.setTarget(io.dropwizard.logging.common.ConsoleAppenderFactory.ConsoleStream.STDERR);
    console.setLogFormat("%-5level [%d{HH:mm:ss.SSS}] engine %logger{0}: %msg%n%rEx");
    logging.setAppenders(List.of(console));
    new Starter(app).start(bootstrap, configuration);
  }

  /** Dropwizard's server command, run with a configuration object instead of a file. */
  private final class Starter extends ServerCommand<EngineConfiguration> {
    Starter(EngineApplication app) {
      super(app);
    }

    void start(Bootstrap<EngineConfiguration> bootstrap, EngineConfiguration configuration) throws Exception {
      run(bootstrap, new Namespace(java.util.Map.of()), configuration);
    }

    @Override
    protected void run(Environment environment, Namespace namespace, EngineConfiguration config) throws Exception {
      environment.lifecycle().addServerLifecycleListener(server -> jetty = server);
      super.run(environment, namespace, config);
    }
  }

  private HttpConnectorFactory connector(int port) {
    HttpConnectorFactory http = new HttpConnectorFactory();
    http.setBindHost(options.host());
    http.setPort(port);
    return http;
  }

  private static int freeIfZero(int port) {
    if (port != 0) return port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port", e);
    }
  }

  public URI baseUrl() {
    return URI.create("http://" + options.host() + ":" + options.port());
  }

  public int adminPort() {
    return options.adminPort();
  }

  public EngineOptions options() {
    return options;
  }

  public EngineDatabase database() {
    return database;
  }

  /** The number of SLOs the engine evaluates. */
  public int sloCount() {
    return engine.slos().size();
  }

  /** Runs one cycle now, on the caller's thread (tests; the server runs them on its own schedule too). */
  public void cycleNow() {
    engine.cycle();
  }

  @Override
  public void close() throws Exception {
    try {
      if (jetty != null) jetty.stop();
    } finally {
      database.close();
    }
  }
}
