package dev.observatory.shop.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to run the shop.
 *
 * @param host interface to bind (127.0.0.1 unless told otherwise)
 * @param port storefront and API port (0: a free one)
 * @param adminPort Dropwizard admin port with {@code /flags} and health checks (0: a free one)
 * @param metricsPort Prometheus {@code /metrics} port (0: a free one, -1: off)
 * @param services the services this process runs (all by default)
 * @param peers where the services this process does not run are reached
 * @param dataDirectory the embedded PostgreSQL's data, when {@code dbUrl} is null
 * @param dbUrl a PostgreSQL server instead of the embedded one
 * @param samplingRatio share of traces sampled (exported); spanmetrics count every span
 * @param env the environment, for the standard {@code OTEL_*} variables
 * @param quiet log warnings only
 * @param telemetry false switches tracing, spanmetrics and /metrics off (to measure their cost)
 */
public record ShopOptions(
    String host, int port, int adminPort, int metricsPort, Set<String> services, Map<String, URI> peers,
    Path dataDirectory, String dbUrl, double samplingRatio, Map<String, String> env, boolean quiet, boolean telemetry) {

  public static final List<String> ALL_SERVICES =
      List.of("frontend", "product-catalog", "cart", "checkout", "payment", "currency", "shipping", "email", "accounting");

  public ShopOptions {
    services = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(services));
    peers = Map.copyOf(peers);
    env = Map.copyOf(env);
    for (String s : services) {
      if (!ALL_SERVICES.contains(s)) throw new IllegalArgumentException("unknown service \"" + s + "\"; services are " + String.join(", ", ALL_SERVICES));
    }
    for (String s : peers.keySet()) {
      if (!ALL_SERVICES.contains(s)) throw new IllegalArgumentException("--peer names unknown service \"" + s + "\"");
    }
    if (services.isEmpty()) throw new IllegalArgumentException("no services to run");
    if (!(samplingRatio >= 0 && samplingRatio <= 1)) throw new IllegalArgumentException("sampling ratio must be from 0 to 1, found " + samplingRatio);
  }

  /** Every service in one process on the embedded database, on the default ports. */
  public static ShopOptions defaults(Path dataDirectory) {
    return new ShopOptions("127.0.0.1", 8080, 8081, 9464, Set.copyOf(ALL_SERVICES), Map.of(), dataDirectory, null, 1.0, System.getenv(), false, true);
  }

  public ShopOptions withPorts(int port, int adminPort, int metricsPort) {
    return new ShopOptions(host, port, adminPort, metricsPort, services, peers, dataDirectory, dbUrl, samplingRatio, env, quiet, telemetry);
  }

  public ShopOptions withSamplingRatio(double ratio) {
    return new ShopOptions(host, port, adminPort, metricsPort, services, peers, dataDirectory, dbUrl, ratio, env, quiet, telemetry);
  }

  public ShopOptions quietly() {
    return new ShopOptions(host, port, adminPort, metricsPort, services, peers, dataDirectory, dbUrl, samplingRatio, env, true, telemetry);
  }

  public boolean runs(String service) {
    return services.contains(service);
  }

  /** Whether this process needs the database: every service but currency, shipping and product-catalog does. */
  public boolean needsDatabase() {
    return services.stream().anyMatch(s -> Set.of("frontend", "cart", "checkout", "payment", "email", "accounting").contains(s));
  }
}
