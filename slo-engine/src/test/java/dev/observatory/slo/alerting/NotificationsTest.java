package dev.observatory.slo.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.observatory.slo.math.AlertState;
import dev.observatory.slo.math.AlertStatus;
import dev.observatory.slo.math.PeriodStatus;
import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.math.WindowCounts;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class NotificationsTest {
  static final Path RULES = Path.of("../generated/prometheus");
  static final Path GOLDEN = Path.of("src/test/resources/alerting");
  final Map<String, Slo> slos = new TreeMap<>();

  NotificationsTest() {
    for (LoadedSlo loaded : SpecLoader.load(List.of(Path.of("../slo-definitions"))).slos()) slos.put(loaded.slo().id().toString(), loaded.slo());
  }

  @Test
  void labelsAndAnnotationsAreThoseOfTheGeneratedPrometheusAlerts() throws IOException {
    List<Map<String, Object>> alerts = generatedBurnAlerts();
    assertThat(alerts).hasSizeGreaterThanOrEqualTo(slos.size());
    for (Map<String, Object> rule : alerts) {
      @SuppressWarnings("unchecked") Map<String, String> labels = new TreeMap<>((Map<String, String>) rule.get("labels"));
      @SuppressWarnings("unchecked") Map<String, String> annotations = (Map<String, String>) rule.get("annotations");
      labels.put("alertname", (String) rule.get("alert"));
      Slo slo = slos.get(labels.get("service") + "/" + labels.get("slo"));
      Severity severity = Severity.valueOf(labels.get("slo_severity").toUpperCase(java.util.Locale.ROOT));

      Notification n = Notifications.refresh(slo, new AlertEpisode(slo.id(), severity, Statuses.T0, Statuses.T0), noData(slo), Optional.empty());

      assertThat(n.labels()).as(slo.id() + " " + severity.label()).isEqualTo(labels);
      for (Map.Entry<String, String> a : annotations.entrySet()) {
        // The rule queries Prometheus when it fires; with no data every query renders as n/a.
        String expected = a.getValue().replaceAll("\\{\\{ with query .*?\\{\\{ end }}", "n/a");
        assertThat(n.annotations()).as(slo.id() + " " + severity.label() + " " + a.getKey()).containsEntry(a.getKey(), expected);
      }
    }
  }

  @Test
  void theWebhookBodyOfAFiringAlertIsTheGoldenOne() throws IOException {
    assertGolden("webhook-firing.json", WebhookJson.render(firing()));
  }

  @Test
  void theWebhookBodyOfAResolutionIsTheGoldenOne() throws IOException {
    assertGolden("webhook-resolved.json", WebhookJson.render(resolved()));
  }

  @Test
  void theAlertmanagerBodyOfAResolutionHasTheSameLabelsAndAnEndTime() throws IOException {
    assertGolden("alertmanager-firing-and-resolved.json", AlertmanagerJson.render(List.of(firing(), resolved())));
  }

  /** The checkout SLO's page alert, fired at T0 by the 1h/5m pair, with 42% of the budget left. */
  Notification firing() {
    Slo slo = slos.get("checkout/place-order-availability");
    AlertStateMachine machine = new AlertStateMachine(Damping.afterEvaluations(1));
    AlertEvent fired = machine.observe(Statuses.pageFiring(0), Statuses.at(0)).get(0);
    return Notifications.of(slo, fired, Optional.of("http://127.0.0.1:8090/slos/checkout/place-order-availability"));
  }

  Notification resolved() {
    Slo slo = slos.get("checkout/place-order-availability");
    AlertStateMachine machine = new AlertStateMachine(Damping.afterEvaluations(1));
    machine.observe(Statuses.pageFiring(0), Statuses.at(0));
    AlertEvent resolved = machine.observe(Statuses.allOk(40), Statuses.at(40)).get(0);
    return Notifications.of(slo, resolved, Optional.empty());
  }

  static SloStatus noData(Slo slo) {
    List<AlertStatus> alerts = slo.alertPolicy().stream()
        .map(a -> new AlertStatus(a, AlertState.NO_DATA, OptionalDouble.empty(), OptionalDouble.empty())).toList();
    OptionalDouble none = OptionalDouble.empty();
    PeriodStatus period = new PeriodStatus(0, 43200, Duration.ofDays(30), WindowCounts.NONE, none, none, none, none, none);
    return new SloStatus(slo.id(), 43200, List.of(), period, alerts, Optional.empty());
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> generatedBurnAlerts() throws IOException {
    List<Map<String, Object>> alerts = new ArrayList<>();
    try (Stream<Path> files = Files.list(RULES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".rules.yaml")).sorted().toList()) {
        Map<String, Object> doc = new Yaml().load(Files.readString(file));
        for (Map<String, Object> group : (List<Map<String, Object>>) doc.get("groups")) {
          for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
            if (rule.containsKey("alert") && !((String) rule.get("alert")).endsWith("SLIAbsent")) alerts.add(rule);
          }
        }
      }
    }
    return alerts;
  }

  /** Compares pretty-printed JSON with a file under src/test/resources/alerting; -Dgolden.update=true rewrites it. */
  static void assertGolden(String name, String json) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String pretty = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json)) + "\n";
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) Files.writeString(file, pretty);
    assertThat(file).as("golden file (run with -Dgolden.update=true to write it)").exists();
    assertThat(pretty).isEqualTo(Files.readString(file));
  }
}
