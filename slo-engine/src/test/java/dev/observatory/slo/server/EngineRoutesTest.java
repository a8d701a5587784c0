package dev.observatory.slo.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec's per-SLO routes ({@code alerting.page.webhook}, {@code alerting.ticket.webhook}) receive
 * that SLO's notifications of that severity through the PostgreSQL outbox, besides the global webhook.
 */
class EngineRoutesTest {
  @TempDir Path dir;

  @Test
  void eachRouteGetsOnlyItsSlosNotificationsOfItsSeverityAndTheGlobalWebhookGetsAll() throws Exception {
    try (FakeTarget shop = new FakeTarget(); FakeTarget pager = new FakeTarget(); FakeTarget tickets = new FakeTarget()) {
      Path spec = Files.writeString(dir.resolve("slos.yaml"), """
          apiVersion: observatory/v1
          service: checkout
          slos:
            - name: place-order-availability
              objective: 99.9
              sli: {availability: {spanName: oteldemo.CheckoutService/PlaceOrder}}
              alerting:
                page: {webhook: "%s"}
                ticket: {webhook: "%s"}
            - name: get-quote-availability
              objective: 99.9
              sli: {availability: {spanName: oteldemo.ShippingService/GetQuote}}
          """.formatted(pager.hook(), tickets.hook()));
      MutableClock clock = new MutableClock();
      EngineOptions options = new EngineOptions(List.of(spec), "127.0.0.1", 0, 0, List.of(shop.metrics()), Duration.ofMinutes(1),
          dir.resolve("pg"), null, shop.hook(), null, null, Duration.ofMinutes(5), List.of());
      try (EngineServer engine = EngineServer.start(options, true, clock)) {
        // Ten healthy minutes, then both SLOs fail completely: pages and tickets fire for both.
        for (int minute = 0; minute < 14; minute++) {
          shop.add("checkout", "oteldemo.CheckoutService/PlaceOrder", 100, minute >= 10 ? 100 : 0);
          shop.add("checkout", "oteldemo.ShippingService/GetQuote", 100, minute >= 10 ? 100 : 0);
          engine.cycleNow();
          clock.now = clock.now.plus(Duration.ofMinutes(1));
        }
        Instant deadline = Instant.now().plusSeconds(30);
        while (shop.webhooks.size() < 4 || pager.webhooks.isEmpty() || tickets.webhooks.isEmpty()) {
          assertThat(Instant.now()).as("notifications delivered: global %s, page route %s, ticket route %s", shop.webhooks, pager.webhooks, tickets.webhooks).isBefore(deadline);
          engine.cycleNow();
        }
      }
      assertThat(shop.webhooks).as("the global webhook gets every SLO's pages and tickets").hasSize(4)
          .anySatisfy(w -> assertThat(w).contains("get-quote-availability").contains("\"severity\":\"page\""))
          .anySatisfy(w -> assertThat(w).contains("place-order-availability").contains("\"severity\":\"ticket\""));
      assertThat(pager.webhooks).singleElement().satisfies(w -> assertThat(w).contains("place-order-availability").contains("\"severity\":\"page\"").contains("\"kind\":\"firing\""));
      assertThat(tickets.webhooks).singleElement().satisfies(w -> assertThat(w).contains("place-order-availability").contains("\"severity\":\"ticket\"").contains("\"kind\":\"firing\""));
    }
  }
}
