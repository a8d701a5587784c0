package dev.observatory.slo.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Alertmanager (Debian's 0.25) on 127.0.0.1: what the engine posts is accepted, shows up
 * active with the same labels, and a resolution takes it out of the active list. Fails on CI
 * (CI=true) when the binary is missing; skipped elsewhere.
 */
class AlertmanagerTest {
  static final Path BINARY = AlertmanagerProcess.BINARY;
  static final Duration PATIENCE = Duration.ofSeconds(30);
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static AlertmanagerProcess alertmanager;
  static URI base;

  @BeforeAll
  static void startAlertmanager() throws Exception {
    if (!Files.isExecutable(BINARY)) {
      if ("true".equals(System.getenv("CI"))) fail(BINARY + " is missing: install Debian's prometheus-alertmanager");
      Assumptions.abort(BINARY + " is missing");
    }
    // One receiver that leads nowhere: this test checks what Alertmanager stores, not what it sends on.
    alertmanager = new AlertmanagerProcess(dir);
    base = alertmanager.base();
  }

  @AfterAll
  static void stopAlertmanager() throws InterruptedException {
    if (alertmanager != null) alertmanager.close();
  }

  @Test
  void aFiringAlertIsActiveWithTheSameLabelsAndItsResolutionTakesItOutOfTheActiveList() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Notification template = OutboxDispatcherTest.firing();
    Notification firing = at(template, now.minus(Duration.ofMinutes(2)), Optional.empty());
    AlertmanagerSender sender = new AlertmanagerSender(base, Duration.ofSeconds(5));

    assertThat(sender.send(firing)).isEqualTo(SendResult.ok());
    JsonNode alert = await("the alert is active", alerts -> alerts.size() == 1 && "active".equals(alerts.get(0).get("status").get("state").asText())).get(0);
    assertThat(JSON.convertValue(alert.get("labels"), Map.class)).isEqualTo(firing.labels());
    assertThat(JSON.convertValue(alert.get("annotations"), Map.class)).isEqualTo(firing.annotations());
    assertThat(Instant.parse(alert.get("startsAt").asText())).isEqualTo(firing.startsAt());

    // Re-sending an open episode (as the engine does on every evaluation) is the same alert, not a second one.
    assertThat(sender.send(firing)).isEqualTo(SendResult.ok());
    assertThat(alerts(firing)).hasSize(1);

    Notification resolved = at(template, firing.startsAt(), Optional.of(now.minusSeconds(1)));
    assertThat(sender.send(resolved)).isEqualTo(SendResult.ok());
    await("the alert is resolved", List::isEmpty);
  }

  @Test
  void anAlertAlertmanagerRejectsIsAFailureWithItsReason() {
    Notification firing = OutboxDispatcherTest.firing();
    // "bad label" is no label name: Alertmanager answers 400 and says why.
    Notification bad = new Notification(firing.slo(), firing.severity(), Notification.Kind.FIRING, firing.startsAt(), Optional.empty(),
        Map.of("alertname", "Bad", "bad label", "x"), firing.annotations(), firing.pair(), firing.budgetRemaining(), Optional.empty());
    SendResult result = new AlertmanagerSender(base, Duration.ofSeconds(5)).send(bad);
    assertThat(result.sent()).isFalse();
    assertThat(result.error()).startsWith("HTTP 400 from " + base + "/api/v2/alerts: ").doesNotContain("\n");
  }

  static Notification at(Notification n, Instant startsAt, Optional<Instant> endsAt) {
    Notification.Kind kind = endsAt.isPresent() ? Notification.Kind.RESOLVED : Notification.Kind.FIRING;
    return new Notification(n.slo(), n.severity(), kind, startsAt, endsAt, n.labels(), n.annotations(), n.pair(), n.budgetRemaining(),
        Optional.of("http://127.0.0.1:8090/slos/checkout/place-order-availability"));
  }

  /** The alerts Alertmanager lists for this SLO and severity (GET /api/v2/alerts leaves out resolved ones). */
  static List<JsonNode> alerts(Notification n) throws IOException, InterruptedException {
    // One matcher per filter parameter: Alertmanager does not split a list.
    String query = "filter=" + URLEncoder.encode("slo=\"" + n.slo().name() + "\"", StandardCharsets.UTF_8)
        + "&filter=" + URLEncoder.encode("slo_severity=\"" + n.severity().label() + "\"", StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v2/alerts?" + query))
        .timeout(Duration.ofSeconds(5)).GET().build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    JSON.readTree(response.body()).forEach(out::add);
    return out;
  }

  /** Alertmanager processes posted alerts asynchronously: poll until the list satisfies {@code condition}. */
  static List<JsonNode> await(String what, Predicate<List<JsonNode>> condition) throws Exception {
    Notification n = OutboxDispatcherTest.firing();
    Instant deadline = Instant.now().plus(PATIENCE);
    while (true) {
      List<JsonNode> alerts = alerts(n);
      if (condition.test(alerts)) return alerts;
      if (Instant.now().isAfter(deadline)) fail(what + " within " + PATIENCE + "; Alertmanager lists " + alerts);
      Thread.sleep(100);
    }
  }
}
