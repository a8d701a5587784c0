package dev.observatory.shop.accounting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.shop.db.AccountingDao;
import dev.observatory.shop.db.OrderDao;
import dev.observatory.shop.db.OutboxRecord;
import io.dropwizard.lifecycle.Managed;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the order outbox and records each order in the ledger. Recording and marking the outbox
 * record consumed happen in one transaction, and the ledger's primary key refuses a second entry,
 * so an order is recorded exactly once even if a consumer dies half-way or two run at once.
 * Each record is processed in a CONSUMER span ({@code orders process}) that continues the trace
 * of the checkout that wrote it.
 */
public final class AccountingConsumer implements Managed {
  public static final String SERVICE = "accounting";
  static final String SPAN = "orders process";
  private static final Logger LOG = LoggerFactory.getLogger(AccountingConsumer.class);
  private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
    @Override
    public Iterable<String> keys(Map<String, String> carrier) {
      return carrier.keySet();
    }

    @Override
    public String get(Map<String, String> carrier, String key) {
      return carrier == null ? null : carrier.get(key);
    }
  };

  private final Jdbi jdbi;
  private final OpenTelemetry telemetry;
  private final Tracer tracer;
  private final ObjectMapper json;
  private final long pollMillis;
  private ScheduledExecutorService executor;

  public AccountingConsumer(Jdbi jdbi, OpenTelemetry telemetry, ObjectMapper json, long pollMillis) {
    this.jdbi = jdbi;
    this.telemetry = telemetry;
    this.tracer = telemetry.getTracer("dev.observatory.shop.accounting");
    this.json = json;
    this.pollMillis = pollMillis;
  }

  @Override
  public void start() {
    executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "accounting-consumer");
      t.setDaemon(true);
      return t;
    });
    executor.scheduleWithFixedDelay(this::pollSafely, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() throws InterruptedException {
    if (executor != null) {
      executor.shutdown();
      executor.awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private void pollSafely() {
    try {
      while (poll() > 0) {
        // drain what is there before sleeping again
      }
    } catch (RuntimeException e) {
      LOG.warn("accounting poll failed, will retry: {}", e.getMessage());
    }
  }

  /** Processes up to 50 pending records; returns how many. */
  public int poll() {
    return jdbi.inTransaction(handle -> {
      OrderDao orders = handle.attach(OrderDao.class);
      AccountingDao ledger = handle.attach(AccountingDao.class);
      List<OutboxRecord> pending = orders.pendingForUpdate(50);
      for (OutboxRecord record : pending) process(record, ledger, orders);
      return pending.size();
    });
  }

  private void process(OutboxRecord record, AccountingDao ledger, OrderDao orders) {
    Context parent = record.traceparent() == null ? Context.root()
        : telemetry.getPropagators().getTextMapPropagator().extract(Context.root(), Map.of("traceparent", record.traceparent()), GETTER);
    Span span = tracer.spanBuilder(SPAN).setParent(parent).setSpanKind(SpanKind.CONSUMER)
        .setAttribute("messaging.system", "postgresql").setAttribute("messaging.destination.name", "orders")
        .setAttribute("app.order.id", record.orderId()).startSpan();
    try (Scope ignored = span.makeCurrent()) {
      JsonNode payload;
      try {
        payload = json.readTree(record.payload());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("outbox record " + record.id() + " is not JSON", e);
      }
      JsonNode total = payload.path("total");
      int recorded = ledger.record(record.orderId(), total.path("currencyCode").asText(), total.path("units").asLong(), total.path("nanos").asInt(), payload.path("itemCount").asInt());
      orders.markConsumed(record.id());
      if (recorded == 0) LOG.info("order {} was already recorded; outbox record {} marked consumed", record.orderId(), record.id());
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR, e.getMessage());
      span.recordException(e);
      throw e;
    } finally {
      span.end();
    }
  }
}
