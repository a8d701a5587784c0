package dev.observatory.slo.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.observatory.slo.spec.SpecProblem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioLoaderTest {
  static final String HEAD = """
      apiVersion: observatory/v1
      kind: Scenario
      traffic:
        - service: checkout
          span: oteldemo.CheckoutService/PlaceOrder
          requestsPerMinute: 10
        - service: cart
          span: oteldemo.CartService/AddItem
          requestsPerMinute: 60
          errorRatio: 0.001
          dailyCycle: {amplitude: 0.5, peakHour: 19}
          latency: {median: 20ms, p99: 200ms}
          noise: none
      """;

  @Test
  void aMinimalScenarioGetsTheDocumentedDefaults() {
    Scenario s = ScenarioLoader.parse("s.yaml", HEAD, 1);
    assertThat(s.start()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
    assertThat(s.incidents()).isEmpty();
    Traffic checkout = s.traffic().get(0);
    assertThat(checkout).isEqualTo(new Traffic("checkout", "oteldemo.CheckoutService/PlaceOrder", "SPAN_KIND_SERVER", 10, 0, 0, 0, Optional.empty(), Noise.POISSON));
    Traffic cart = s.traffic().get(1);
    assertThat(cart.latency()).contains(new Latency(20, 200));
    assertThat(cart.noise()).isEqualTo(Noise.NONE);
    assertThat(cart.cycleAmplitude()).isEqualTo(0.5);
    assertThat(cart.peakHour()).isEqualTo(19);
  }

  @Test
  void incidentsAreReadAsEpochMinutesFromTheStartWithTheirKindsParameter() {
    Scenario s = ScenarioLoader.parse("s.yaml", HEAD + """
        start: 2026-11-02T10:00:00Z
        incidents:
          - name: burst
            kind: errors
            service: cart
            span: oteldemo.CartService/AddItem
            errorRatio: 0.05
            at: 1d2h
            duration: 6h
          - kind: outage
            service: checkout
            at: 0
            duration: 20m
        """, 2);
    long start = Instant.parse("2026-11-02T10:00:00Z").getEpochSecond() / 60;
    assertThat(s.incidents()).containsExactly(
        new Incident("burst", IncidentKind.ERRORS, "cart", Optional.of("oteldemo.CartService/AddItem"), start + 26 * 60, start + 32 * 60, 0.05, 1),
        new Incident("outage@0", IncidentKind.OUTAGE, "checkout", Optional.empty(), start, start + 20, 1, 1));
  }

  @Test
  void theShopMonthExampleLoadsForThirtyDays() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("../scenarios/shop-month.yaml"), 30);
    assertThat(s.traffic()).hasSize(8);
    assertThat(s.incidents()).extracting(Incident::kind).containsExactly(IncidentKind.values());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "a misspelt field gets a suggestion | '  - kind: outage\\n    service: checkout\\n    at: 1h\\n    durration: 5m\\n' | s.yaml:18:5: unknown field \"durration\" in incidents[0] (did you mean \"duration\"?); s.yaml:15:5: missing required field \"duration\" in incidents[0]",
    "an unknown kind is named with the known ones | '  - kind: outtage\\n    service: checkout\\n    at: 1h\\n    duration: 5m\\n' | s.yaml:15:11: unknown incident kind \"outtage\"; expected one of outage, errors, latency, slowBurn, counterReset, gap (did you mean \"outage\"?)",
    "a bad duration points at its value | '  - kind: outage\\n    service: checkout\\n    at: 1h\\n    duration: 5 minutes\\n' | s.yaml:18:15: incidents[0].duration: \"5 minutes\" is not a duration (expected e.g. 5m, 1h, 30d, 200ms)",
    "a duration must be whole minutes | '  - kind: outage\\n    service: checkout\\n    at: 1h\\n    duration: 90s\\n' | s.yaml:18:15: incidents[0].duration must be whole minutes, found 1m30s",
    "an incident starting after the days simulated | '  - kind: outage\\n    service: checkout\\n    at: 2d\\n    duration: 5m\\n' | s.yaml:17:9: incident starts at 2d, after the 2 days simulated",
    "an incident ending after the days simulated | '  - kind: outage\\n    service: checkout\\n    at: 1d23h\\n    duration: 2h\\n' | s.yaml:18:15: incident ends at 2d1h, after the 2 days simulated",
    "an unknown service gets a suggestion | '  - kind: outage\\n    service: chekout\\n    at: 1h\\n    duration: 5m\\n' | s.yaml:16:14: service \"chekout\" has no traffic in this scenario (did you mean \"checkout\"?)",
    "an unknown span of a known service | '  - kind: outage\\n    service: cart\\n    span: oteldemo.CartService/AddItems\\n    at: 1h\\n    duration: 5m\\n' | s.yaml:17:11: span \"oteldemo.CartService/AddItems\" of cart has no traffic in this scenario (did you mean \"oteldemo.CartService/AddItem\"?)",
    "an error ratio is required for an error burst and bounded | '  - kind: errors\\n    service: cart\\n    at: 1h\\n    duration: 5m\\n    errorRatio: 1.5\\n' | s.yaml:19:17: incidents[0].errorRatio must be in (0, 1], found 1.5",
    "a parameter of another kind is refused | '  - kind: outage\\n    service: cart\\n    at: 1h\\n    duration: 5m\\n    latencyFactor: 3\\n' | s.yaml:19:5: latencyFactor does not apply to outage incidents (only latency)",
    "overlapping incidents on the same span | '  - kind: outage\\n    service: cart\\n    at: 1h\\n    duration: 30m\\n  - kind: latency\\n    latencyFactor: 3\\n    service: cart\\n    span: oteldemo.CartService/AddItem\\n    at: 1h20m\\n    duration: 1h\\n' | s.yaml:23:9: incident \"latency@1h20m\" overlaps \"outage@1h\" (at s.yaml:15:5) on cart oteldemo.CartService/AddItem; incidents on the same span must not overlap",
  })
  void badIncidentsAreReportedAtTheirPosition(String what, String incidents, String expected) {
    String text = HEAD + "incidents:\n" + incidents.replace("\\n", "\n");
    InvalidScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse("s.yaml", text, 2), InvalidScenarioException.class);
    assertThat(e).as(what).isNotNull();
    assertThat(e.problems()).extracting(SpecProblem::toString).containsExactlyInAnyOrder(expected.split("; (?=s\\.yaml)"));
  }

  @Test
  void everyProblemOfAFileIsReportedNotOnlyTheFirst() {
    String text = """
        apiVersion: observatory/v2
        kind: Scenaro
        start: 2026-10-01T00:00:30Z
        noise: gaussian
        traffic:
          - service: cart
            span: oteldemo.CartService/AddItem
            requestsPerMinute: -1
            errorRatio: 1
            dailyCycle: {amplitude: 1, peakHour: 24, peak: 3}
            latency: {median: 200ms, p99: 100ms}
            spanKind: SERVER
        """;
    InvalidScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse("s.yaml", text, 1), InvalidScenarioException.class);
    assertThat(e.problems()).extracting(SpecProblem::toString).containsExactly(
        "s.yaml:1:13: unknown apiVersion \"observatory/v2\"; expected observatory/v1",
        "s.yaml:2:7: kind \"Scenaro\" is not a scenario; expected kind: Scenario (did you mean \"Scenario\"?)",
        "s.yaml:3:8: start 2026-10-01T00:00:30Z must be a whole minute (seconds 00)",
        "s.yaml:4:8: noise \"gaussian\" is not one of [poisson, none]",
        "s.yaml:8:24: traffic[0].requestsPerMinute must be in (0, 1000000000], found -1",
        "s.yaml:9:17: traffic[0].errorRatio must be in [0, 1), found 1",
        "s.yaml:10:29: traffic[0].dailyCycle.amplitude must be in [0, 1), found 1",
        "s.yaml:10:42: traffic[0].dailyCycle.peakHour must be in [0, 24), found 24",
        "s.yaml:10:46: unknown field \"peak\" in traffic[0].dailyCycle",
        "s.yaml:11:35: traffic[0].latency.p99 must be above the median (200ms)",
        "s.yaml:12:15: traffic[0].spanKind \"SERVER\" is not one of [SPAN_KIND_SERVER, SPAN_KIND_CLIENT, SPAN_KIND_INTERNAL, SPAN_KIND_PRODUCER, SPAN_KIND_CONSUMER]");
    assertThat(e.getMessage().lines()).hasSize(11);
  }

  @Test
  void anEmptyFileAndAYamlSyntaxErrorAreOneLineEach() {
    assertThat(catchThrowableOfType(() -> ScenarioLoader.parse("e.yaml", "", 1), InvalidScenarioException.class).getMessage())
        .isEqualTo("e.yaml: empty file: expected a scenario (apiVersion: observatory/v1, kind: Scenario)");
    assertThat(catchThrowableOfType(() -> ScenarioLoader.parse("y.yaml", "traffic: [a\n", 1), InvalidScenarioException.class).getMessage())
        .startsWith("y.yaml:2:1: YAML syntax error");
  }
}
