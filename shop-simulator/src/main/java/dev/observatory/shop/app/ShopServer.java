package dev.observatory.shop.app;

import dev.observatory.shop.db.Database;
import dev.observatory.shop.flags.FaultFlags;
import dev.observatory.shop.telemetry.Telemetry;
import dev.observatory.shop.telemetry.TelemetryConfig;
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
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import net.sourceforge.argparse4j.inf.Namespace;
import org.eclipse.jetty.server.Server;

/**
 * A running shop: its database, telemetry and Dropwizard server, started together and stopped
 * together. The CLI's {@code slo shop} and the tests start it the same way.
 */
public final class ShopServer implements AutoCloseable {
  private final ShopOptions options;
  private final Database database;
  private final Telemetry telemetry;
  private final FaultFlags flags;
  private Server jetty;

  private ShopServer(ShopOptions options, Database database, Telemetry telemetry, FaultFlags flags) {
    this.options = options;
    this.database = database;
    this.telemetry = telemetry;
    this.flags = flags;
  }

  /** Starts the database (if a service here needs it), telemetry and the services; ports 0 are chosen here. */
  public static ShopServer start(ShopOptions requested) throws Exception {
    return start(requested, Optional.empty());
  }

  /** As {@link #start(ShopOptions)}, also exporting sampled spans to {@code spans} (tests). */
  public static ShopServer start(ShopOptions requested, Optional<io.opentelemetry.sdk.trace.export.SpanExporter> spans) throws Exception {
    ShopOptions options = requested.withPorts(freeIfZero(requested.port()), freeIfZero(requested.adminPort()), requested.metricsPort());
    Database database = null;
    Telemetry telemetry = null;
    try {
      if (options.needsDatabase()) {
        database = options.dbUrl() != null ? Database.at(options.dbUrl()) : Database.embedded(options.dataDirectory());
        database.migrate();
      }
      TelemetryConfig config = TelemetryConfig.defaults()
          .withPrometheus(options.host(), options.metricsPort())
          .withSamplingRatio(options.samplingRatio())
          .withEnv(options.env());
      if (spans.isPresent()) config = config.withExtraSpanExporter(spans.get());
      telemetry = options.telemetry() ? Telemetry.start(config) : Telemetry.off(config);
      ShopServer server = new ShopServer(options, database, telemetry, new FaultFlags());
      server.startJetty();
      return server;
    } catch (Exception | Error e) {
      if (telemetry != null) telemetry.close();
      if (database != null) database.close();
      throw e;
    }
  }

  private void startJetty() throws Exception {
    ShopApplication app = new ShopApplication(database, telemetry, flags, Clock.systemDefaultZone());
    Bootstrap<ShopConfiguration> bootstrap = new Bootstrap<>(app);
    app.initialize(bootstrap);
    ShopConfiguration configuration = configuration();
    new Starter(app).start(bootstrap, configuration);
  }

  /** Dropwizard's server command, run with a configuration object instead of a file. */
  private final class Starter extends ServerCommand<ShopConfiguration> {
    Starter(ShopApplication app) {
      super(app);
    }

    void start(Bootstrap<ShopConfiguration> bootstrap, ShopConfiguration configuration) throws Exception {
      run(bootstrap, new Namespace(java.util.Map.of()), configuration);
    }

    @Override
    protected void run(Environment environment, Namespace namespace, ShopConfiguration config) throws Exception {
      environment.lifecycle().addServerLifecycleListener(server -> jetty = server);
      super.run(environment, namespace, config);
    }
  }

  private ShopConfiguration configuration() {
    ShopConfiguration configuration = new ShopConfiguration();
    configuration.options(options);
    DefaultServerFactory server = new DefaultServerFactory();
    server.setApplicationConnectors(List.of(connector(options.port())));
    server.setAdminConnectors(List.of(connector(options.adminPort())));
    server.setRegisterDefaultExceptionMappers(false);
    server.setApplicationContextPath("/");
    LogbackAccessRequestLogFactory requestLog = new LogbackAccessRequestLogFactory();
    requestLog.setAppenders(List.of()); // one line per request would drown the shop's own logs under load
    server.setRequestLogFactory(requestLog);
    configuration.setServerFactory(server);
    DefaultLoggingFactory logging = (DefaultLoggingFactory) configuration.getLoggingFactory();
    logging.setLevel(options.quiet() ? "WARN" : "INFO");
    var console = new io.dropwizard.logging.common.ConsoleAppenderFactory<ch.qos.logback.classic.spi.ILoggingEvent>();
    console.setTarget(io.dropwizard.logging.common.ConsoleAppenderFactory.ConsoleStream.STDERR);
    console.setLogFormat("%-5level [%d{HH:mm:ss.SSS}] %X{service_name} trace_id=%X{trace_id} span_id=%X{span_id} %logger{0}: %msg%n%rEx");
    logging.setAppenders(List.of(console));
    return configuration;
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

  public ShopOptions options() {
    return options;
  }

  public URI baseUrl() {
    return URI.create("http://" + options.host() + ":" + options.port());
  }

  public URI adminUrl() {
    return URI.create("http://" + options.host() + ":" + options.adminPort());
  }

  /** The Prometheus endpoint, when on. */
  public Optional<URI> metricsUrl() {
    var port = telemetry.prometheusPort();
    return port.isPresent() ? Optional.of(URI.create("http://" + options.host() + ":" + port.getAsInt() + "/metrics")) : Optional.empty();
  }

  public FaultFlags flags() {
    return flags;
  }

  public Optional<Database> database() {
    return Optional.ofNullable(database);
  }

  public Telemetry telemetry() {
    return telemetry;
  }

  /** Stops the server, then telemetry (flushing spans), then the database. */
  @Override
  public void close() throws Exception {
    try {
      if (jetty != null) jetty.stop();
    } finally {
      try {
        telemetry.close();
      } finally {
        if (database != null) database.close();
      }
    }
  }
}
