package dev.observatory.shop.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.shop.accounting.AccountingConsumer;
import dev.observatory.shop.cart.CartResource;
import dev.observatory.shop.catalog.Catalog;
import dev.observatory.shop.checkout.CheckoutResource;
import dev.observatory.shop.currency.CurrencyResource;
import dev.observatory.shop.db.CartDao;
import dev.observatory.shop.db.Database;
import dev.observatory.shop.db.EmailDao;
import dev.observatory.shop.db.IdempotencyDao;
import dev.observatory.shop.db.OrderDao;
import dev.observatory.shop.db.PaymentDao;
import dev.observatory.shop.email.EmailResource;
import dev.observatory.shop.flags.FaultFlags;
import dev.observatory.shop.flags.FlagsServlet;
import dev.observatory.shop.frontend.Frontend;
import dev.observatory.shop.money.CurrencyConverter;
import dev.observatory.shop.payment.PaymentProcessor;
import dev.observatory.shop.payment.PaymentResource;
import dev.observatory.shop.productcatalog.ProductCatalogResource;
import dev.observatory.shop.shipping.ShippingQuoter;
import dev.observatory.shop.shipping.ShippingResource;
import dev.observatory.shop.telemetry.Telemetry;
import dev.observatory.shop.telemetry.TracingFeature;
import dev.observatory.shop.telemetry.TracingHttpClient;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Environment;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.jdbi.v3.core.Jdbi;

/**
 * The composition root: builds every service this process runs from plain constructors. The
 * database and telemetry are made by {@link ShopServer} and handed in.
 */
final class ShopApplication extends Application<ShopConfiguration> {
  static final long MAX_BODY_BYTES = 64 * 1024;
  private final Database database;
  private final Telemetry telemetry;
  private final FaultFlags flags;
  private final Clock clock;
  private final HttpClient http;

  ShopApplication(Database database, Telemetry telemetry, FaultFlags flags, Clock clock) {
    this.database = database;
    this.telemetry = telemetry;
    this.flags = flags;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).executor(Executors.newCachedThreadPool(daemon())).build();
  }

  @Override
  public String getName() {
    return "astronomy-shop";
  }

  @Override
  public void run(ShopConfiguration configuration, Environment environment) {
    ShopOptions options = configuration.options();
    ObjectMapper json = environment.getObjectMapper();
    telemetry.countLogRecords();
    environment.jersey().register(new TracingFeature(telemetry));
    environment.jersey().register(new JsonErrorMapper());
    environment.jersey().register(new UnexpectedErrorMapper());
    environment.jersey().register(new BodyLimitFilter(MAX_BODY_BYTES));
    environment.admin().addServlet("flags", new FlagsServlet(flags, json)).addMapping("/flags", "/flags/*");

    Jdbi jdbi = database == null ? null : database.jdbi();
    if (database != null) {
      environment.healthChecks().register("database", new DatabaseHealthCheck(database));
    }
    Peers peers = new Peers(java.net.URI.create("http://" + options.host() + ":" + options.port()), options.peers());
    Catalog catalog = Catalog.bundled();

    if (options.runs("product-catalog")) environment.jersey().register(new ProductCatalogResource(catalog, flags));
    if (options.runs("cart")) environment.jersey().register(new CartResource(jdbi.onDemand(CartDao.class), flags));
    if (options.runs("currency")) environment.jersey().register(new CurrencyResource(CurrencyConverter.bundled()));
    if (options.runs("payment")) environment.jersey().register(new PaymentResource(new PaymentProcessor(), jdbi.onDemand(PaymentDao.class), flags, clock));
    if (options.runs("shipping")) environment.jersey().register(new ShippingResource(new ShippingQuoter(), flags));
    if (options.runs("email")) environment.jersey().register(new EmailResource(jdbi.onDemand(EmailDao.class), catalog));
    if (options.runs("checkout")) {
      var checkout = telemetry.forService(CheckoutResource.SERVICE);
      environment.jersey().register(new CheckoutResource(client(peers, CheckoutResource.SERVICE, json), jdbi.onDemand(OrderDao.class), flags, checkout.tracer(), json, "http://127.0.0.1:1"));
    }
    if (options.runs("frontend")) {
      for (Object resource : Frontend.resources(client(peers, "frontend", json), jdbi.onDemand(IdempotencyDao.class), json)) environment.jersey().register(resource);
    }
    if (options.runs("accounting")) {
      environment.lifecycle().manage(new AccountingConsumer(jdbi, telemetry.forService(AccountingConsumer.SERVICE).openTelemetry(), json, 200));
    }
  }

  private PeerClient client(Peers peers, String caller, ObjectMapper json) {
    TracingHttpClient traced = new TracingHttpClient(http, telemetry.forService(caller));
    return new PeerClient(peers, (request, spanName) -> traced.send(request, java.net.http.HttpResponse.BodyHandlers.ofString(), spanName), json);
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "shop-http-client");
      t.setDaemon(true);
      return t;
    };
  }
}
