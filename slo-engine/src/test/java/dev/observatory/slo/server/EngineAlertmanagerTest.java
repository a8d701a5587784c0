package dev.observatory.slo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.observatory.slo.alerting.AlertmanagerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's page for a full outage reaches a real Alertmanager (Debian's), checked through its API. */
class EngineAlertmanagerTest {
  static final String SPEC = """
      apiVersion: observatory/v1
      service: checkout
      owner: team-checkout
      slos:
        - name: place-order-availability
          objective: 99.9
          sli: {availability: {spanName: oteldemo.CheckoutService/PlaceOrder}}
      """;
  @TempDir Path dir;

  @Test
  void aPageReachesAlertmanagerWithTheGeneratedAlertsLabels() throws Exception {
    if (!"true".equals(System.getenv("CI"))) Assumptions.assumeTrue(Files.isExecutable(AlertmanagerProcess.BINARY), "prometheus-alertmanager is not installed");
    Path spec = Files.writeString(dir.resolve("checkout.yaml"), SPEC);
    MutableClock clock = new MutableClock();
    // Alertmanager drops alerts whose start is far in the past or future: keep the test clock at now.
    clock.now = Instant.now();
    try (AlertmanagerProcess alertmanager = new AlertmanagerProcess(Files.createDirectories(dir.resolve("am")));
        FakeTarget target = new FakeTarget();
        EngineServer engine = EngineServer.start(new EngineOptions(List.of(spec), "127.0.0.1", 0, 0, List.of(target.metrics()), Duration.ofMinutes(1),
            dir.resolve("pg"), null, null, alertmanager.base(), null, Duration.ofMinutes(5), List.of()), true, clock)) {
      for (int minute = 0; minute < 6; minute++) {
        target.add("checkout", "oteldemo.CheckoutService/PlaceOrder", 100, minute >= 2 ? 100 : 0);
        engine.cycleNow();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
      }
      engine.cycleNow();
      List<JsonNode> alerts = List.of();
      Instant deadline = Instant.now().plusSeconds(30);
      while (alerts.isEmpty() && Instant.now().isBefore(deadline)) {
        alerts = alertmanager.alerts("slo=\"place-order-availability\"", "slo_severity=\"page\"");
        if (alerts.isEmpty()) Thread.sleep(200);
      }
      assertThat(alerts).hasSize(1);
      JsonNode labels = alerts.get(0).get("labels");
      assertThat(labels.get("alertname").asText()).isEqualTo("CheckoutPlaceOrderAvailability");
      assertThat(labels.get("severity").asText()).isEqualTo("page");
      assertThat(labels.get("service").asText()).isEqualTo("checkout");
      assertThat(labels.get("owner").asText()).isEqualTo("team-checkout");
      assertThat(alerts.get(0).get("status").get("state").asText()).isEqualTo("active");
    }
  }
}
