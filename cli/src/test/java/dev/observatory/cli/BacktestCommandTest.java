package dev.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BacktestCommandTest {
  private static final long T0 = 1_740_000_000L; // seconds, a whole minute: 2025-02-19T21:20:00Z
  private static final String SERIES = "traces_span_metrics_calls_total{job=\"shop\",instance=\"a\",service_name=\"checkout\",span_kind=\"SPAN_KIND_SERVER\","
      + "span_name=\"oteldemo.CheckoutService/PlaceOrder\",status_code=\"%s\"} %d %d\n";

  @TempDir Path dir;
  Path specs;

  @BeforeEach
  void writeSpec() throws IOException {
    specs = dir.resolve("checkout.yaml");
    Files.writeString(specs, """
        apiVersion: observatory/v1
        service: checkout
        slos:
          - name: place-order-availability
            sli:
              availability:
                spanName: oteldemo.CheckoutService/PlaceOrder
            objective: 99.9
            window: 30d
        """);
  }

  /** Three hours of 100 calls a minute, all failing in minutes 100 to 109, and a family no SLO selects. */
  static String history() {
    StringBuilder out = new StringBuilder("# TYPE traces_span_metrics_calls counter\n");
    long ok = 0;
    for (int k = 0; k <= 180; k++) {
      out.append(String.format(SERIES, "STATUS_CODE_UNSET", ok, T0 + k * 60L));
      if (k < 100 || k >= 110) ok += 100;
    }
    long errors = 0;
    for (int k = 0; k <= 180; k++) {
      out.append(String.format(SERIES, "STATUS_CODE_ERROR", errors, T0 + k * 60L));
      if (k >= 100 && k < 110) errors += 100;
    }
    return out + "# TYPE process_cpu_seconds counter\nprocess_cpu_seconds_total{job=\"shop\",instance=\"a\"} 1.5 " + T0 + "\n# EOF\n";
  }

  @Test
  void aHistoryIsReplayedIntoATableAJsonFileAndACsvFile() throws IOException {
    Path om = dir.resolve("h.om");
    Files.writeString(om, history());
    Path json = dir.resolve("out/backtest.json");
    Path csv = dir.resolve("out/series.csv");

    CliRun run = CliRun.of("backtest", specs.toString(), "--history", om.toString(), "--policy", "../policies/pyrra.yaml",
        "--json", json.toString(), "--csv", csv.toString(), "--windows", "5m,1h");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.errLines()).containsExactly(
        om + ":364: warning: metric family process_cpu_seconds is not selected by any SLO", "wrote " + json, "wrote " + csv);
    assertThat(run.out()).startsWith("Backtest 2025-02-19T21:20:00Z to 2025-02-20T00:21:00Z (181 minutes), 1 SLO, policies: spec, pyrra")
        .contains("checkout/place-order-availability  99.9% over 30d rolling, occurrences")
        .containsPattern("pages / tickets +1 / 1 +1 / 1")
        .contains("  episodes (spec):\n    page    2025-02-19T23:02:00Z to 2025-02-19T23:45:00Z (43m), 1h/5m at 14.4x\n");
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.path("schemaVersion").asInt()).isEqualTo(1);
    JsonNode spec = root.path("slos").get(0).path("policies").get(0);
    // The importer puts the increase between the samples at (k-1)·60 s and k·60 s into minute k:
    // the failures land in minutes 101-110 (minute 0 is the baseline, no data). 100 bad of 6,000
    // calls in the hour before the evaluation at minute 102 fire the page.
    assertThat(spec.path("episodes").get(0).path("severity").asText()).isEqualTo("page");
    assertThat(spec.path("episodes").get(0).path("start").asText()).isEqualTo("2025-02-19T23:02:00Z");
    // The 30m window leaves the failures at minute 141; five quiet minutes after the last firing one.
    assertThat(spec.path("episodes").get(0).path("end").asText()).isEqualTo("2025-02-19T23:45:00Z");
    assertThat(spec.path("measures").path("precision").isNull()).as("no ground truth: precision undefined").isTrue();
    JsonNode oneHour = root.path("slos").get(0).path("series").path("errorRatio").path("1h");
    assertThat(oneHour.size()).isEqualTo(181);
    assertThat(oneHour.get(101).asDouble()).isEqualTo(100.0 / 6000);
    assertThat(Files.readAllLines(csv)).hasSize(1 + 2 * 181).first().isEqualTo("time,slo,window,error_ratio");
  }

  @Test
  void jsonToStandardOutputReplacesTheTable() throws IOException {
    Path om = dir.resolve("h.om");
    Files.writeString(om, history());

    CliRun run = CliRun.of("backtest", specs.toString(), "--history", om.toString(), "--json", "-", "--from", "2025-02-19T23:00:00Z");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("range").path("from").asText()).isEqualTo("2025-02-19T23:00:00Z");
    assertThat(root.path("range").path("minutes").asInt()).isEqualTo(81);
  }

  @ParameterizedTest(name = "{0}: one line with file and line, exit 2, nothing written")
  @CsvSource(delimiter = '|', value = {
    "out-of-order samples | ok 5 120\\nok 6 60\\n# EOF\\n | :2:4: sample of ok{} at 60000 ms is not after the previous one at 120000 ms",
    "a missing # EOF | ok 5 60\\nok 6 120\\n | :2: no # EOF at the end",
    "a garbled line | ok 5 60\\nok } 120\\n# EOF\\n | :2:4: \"}\" is not a number",
  })
  void aBadHistoryIsOneLineWithItsPosition(String what, String text, String expected) throws IOException {
    Path om = dir.resolve("bad.om");
    Files.writeString(om, text.replace("\\n", "\n"));
    Path json = dir.resolve("out.json");

    CliRun run = CliRun.of("backtest", specs.toString(), "--history", om.toString(), "--json", json.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith(om + expected);
    assertThat(json).doesNotExist();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aBadPolicyFileStopsTheRunWithItsPosition() throws IOException {
    Path om = dir.resolve("h.om");
    Files.writeString(om, history());
    Path policy = dir.resolve("p.yaml");
    Files.writeString(policy, "apiVersion: observatory/v1\nkind: AlertPolicy\nname: p\nalerts:\n  - {severity: page, longWindow: 1h, shortWindow: 5m}\n");

    CliRun run = CliRun.of("backtest", specs.toString(), "--history", om.toString(), "--policy", policy.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        policy + ":5:5: alerts[0] needs exactly one of burnRate (a factor, e.g. 14.4) and budgetShare (e.g. 2%)", "invalid input: nothing written");
  }

  @Test
  void aMissingHistoryFileIsInvalidInput() {
    CliRun run = CliRun.of("backtest", specs.toString(), "--history", dir.resolve("none.om").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(dir.resolve("none.om") + ": no such file");
  }

  static final String SCENARIO = """
      apiVersion: observatory/v1
      kind: Scenario
      noise: none
      traffic:
        - {service: checkout, span: oteldemo.CheckoutService/PlaceOrder, requestsPerMinute: 100}
      incidents:
        - {name: outage, kind: outage, service: checkout, at: 12h, duration: 20m}
        - {name: restart, kind: counterReset, service: checkout, at: 18h, duration: 1m}
      """;

  @Test
  void aScenarioIsReplayedAsSimulateWritesItWithItsIncidentsAsGroundTruth() throws IOException {
    Path scenario = Files.writeString(dir.resolve("scenario.yaml"), SCENARIO);
    Path om = dir.resolve("s.om");
    assertThat(CliRun.of("simulate", "--scenario", scenario.toString(), "--days", "1", "--seed", "3", "--out", om.toString()).code()).isZero();

    CliRun fromScenario = CliRun.of("backtest", specs.toString(), "--scenario", scenario.toString(), "--days", "1", "--seed", "3", "--json", "-");
    CliRun fromFile = CliRun.of("backtest", specs.toString(), "--history", om.toString(), "--json", "-");

    assertThat(fromScenario.code()).as(fromScenario.err()).isZero();
    JsonNode withTruth = new ObjectMapper().readTree(fromScenario.out());
    JsonNode withoutTruth = new ObjectMapper().readTree(fromFile.out());
    JsonNode spec = withTruth.path("slos").get(0).path("policies").get(0);
    // The same minutes either way: the same episodes and series; only the ground truth differs.
    assertThat(spans(spec.path("episodes"))).hasSize(2).isEqualTo(spans(withoutTruth.path("slos").get(0).path("policies").get(0).path("episodes")));
    assertThat(spec.path("episodes").get(0).path("causedBy").get(0).asText()).isEqualTo("outage");
    assertThat(withTruth.path("slos").get(0).path("series")).isEqualTo(withoutTruth.path("slos").get(0).path("series"));
    // The outage pages 2 minutes in (its first minute is filed under the next sample); the counter
    // reset is not an incident to detect, and raises no alert.
    assertThat(spec.path("measures").path("recall").asDouble()).isEqualTo(1.0);
    assertThat(spec.path("measures").path("precision").asDouble()).isEqualTo(1.0);
    assertThat(spec.path("incidents").get(0).path("detectionMinutes").asInt()).isEqualTo(2);
  }

  private static java.util.List<String> spans(JsonNode episodes) {
    java.util.List<String> out = new java.util.ArrayList<>();
    episodes.forEach(e -> out.add(e.path("severity").asText() + " " + e.path("start").asText() + " " + e.path("end").asText()));
    return out;
  }

  @Test
  void aScenarioNeedsDaysAndABadScenarioIsReportedAtItsPosition() throws IOException {
    Path scenario = Files.writeString(dir.resolve("scenario.yaml"), SCENARIO.replace("duration: 20m", "duration: 20x"));

    CliRun noDays = CliRun.of("backtest", specs.toString(), "--scenario", scenario.toString());
    CliRun bad = CliRun.of("backtest", specs.toString(), "--scenario", scenario.toString(), "--days", "1");

    assertThat(noDays.code()).isEqualTo(2);
    assertThat(noDays.errLines()).containsExactly("slo backtest: --scenario needs --days");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.errLines()).hasSize(1);
    assertThat(bad.errLines().get(0)).startsWith(scenario + ":7:");
    assertThat(bad.out()).isEmpty();
  }

  @Test
  void helpExplainsTheInputsAndOutputs() {
    CliRun run = CliRun.of("backtest", "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("--history=FILE.om", "--policy=FILE", "--json=FILE|-", "--csv=FILE", "--windows=W", "--from=TIME", "--scenario=FILE");
  }
}
