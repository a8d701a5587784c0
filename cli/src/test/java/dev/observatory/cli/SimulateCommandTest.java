package dev.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTest {
  static final String SCENARIO = """
      apiVersion: observatory/v1
      kind: Scenario
      traffic:
        - service: checkout
          span: oteldemo.CheckoutService/PlaceOrder
          requestsPerMinute: 10
      incidents:
        - {kind: outage, service: checkout, at: 2h, duration: 20m}
      """;

  @TempDir Path dir;

  @Test
  void writesTheHistoryAndSaysWhatItWrote() throws Exception {
    Path scenario = Files.writeString(dir.resolve("s.yaml"), SCENARIO);
    Path out = dir.resolve("h.om");
    CliRun run = CliRun.of("simulate", "--scenario", scenario.toString(), "--days", "1", "--seed", "3", "--start", "2026-11-01T00:00:00Z", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).matches("wrote " + java.util.regex.Pattern.quote(out.toString())
        + ": 1 days from 2026-11-01T00:00:00Z, seed 3, 1 incidents: 2 series, 2,882 samples, [0-9.]+ KiB in [0-9.]+ s\n");
    String text = Files.readString(out);
    assertThat(text).startsWith("# TYPE traces_span_metrics_calls counter\n").endsWith("# EOF\n")
        .contains("status_code=\"STATUS_CODE_UNSET\"} 0 " + java.time.Instant.parse("2026-11-01T00:00:00Z").getEpochSecond() + "\n");
    CliRun again = CliRun.of("simulate", "--scenario", scenario.toString(), "--days", "1", "--seed", "3", "--start", "2026-11-01T00:00:00Z", "--out", dir.resolve("again.om").toString());
    assertThat(again.code()).isZero();
    assertThat(Files.mismatch(out, dir.resolve("again.om"))).isEqualTo(-1);
  }

  @Test
  void aBadScenarioIsReportedLineByLineWithExitTwoAndNothingIsWritten() throws Exception {
    Path scenario = Files.writeString(dir.resolve("bad.yaml"), SCENARIO.replace("kind: outage", "kind: outtage").replace("duration: 20m", "duration: 20m, severity: 3"));
    Path out = dir.resolve("h.om");
    CliRun run = CliRun.of("simulate", "--scenario", scenario.toString(), "--days", "1", "--out", out.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        scenario + ":8:12: unknown incident kind \"outtage\"; expected one of outage, errors, latency, slowBurn, counterReset, gap (did you mean \"outage\"?)",
        scenario + ":8:63: unknown field \"severity\" in incidents[0]");
    assertThat(run.out()).isEmpty();
    assertThat(dir.toFile().list()).containsExactly("bad.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "an incident beyond --days | --days 1 --out OUT | s.yaml:8:43: incident starts at 2h, after the 1 day simulated",
    "zero days | --days 0 --out OUT | slo simulate: --days must be from 1 to 400, found 0",
    "a start that is not a whole minute | --days 1 --start 2026-10-01T00:00:30Z --out OUT | slo simulate: --start 2026-10-01T00:00:30Z must be a whole minute",
    "a folder that does not exist | --days 1 --out DIR/none/h.om | slo simulate: cannot write DIR/none/h.om: no such folder DIR/none",
  })
  void badInputIsOneLineAndExitTwo(String what, String args, String expected) throws Exception {
    Path scenario = Files.writeString(dir.resolve("s.yaml"), SCENARIO.replace("at: 2h", what.startsWith("an incident") ? "at: 1d2h" : "at: 2h"));
    String[] rest = args.replace("OUT", dir.resolve("h.om").toString()).replace("DIR", dir.toString()).split(" ");
    String[] all = new String[rest.length + 3];
    all[0] = "simulate";
    all[1] = "--scenario";
    all[2] = scenario.toString();
    System.arraycopy(rest, 0, all, 3, rest.length);
    CliRun run = CliRun.of(all);
    assertThat(run.code()).as(what).isEqualTo(2);
    String line = expected.startsWith("s.yaml") ? dir + "/" + expected.replace("starts at 2h", "starts at 1d2h") : expected.replace("DIR", dir.toString());
    assertThat(run.errLines()).containsExactly(line);
    assertThat(dir.toFile().list()).containsExactly("s.yaml");
  }

  @Test
  void aWeekOrLongerShowsProgressOnStderr() throws Exception {
    Path scenario = Files.writeString(dir.resolve("s.yaml"), SCENARIO);
    CliRun run = CliRun.of("simulate", "--scenario", scenario.toString(), "--days", "7", "--out", dir.resolve("h.om").toString());
    assertThat(run.code()).isZero();
    assertThat(run.errLines()).containsExactly("simulate: 50% (1/2 series groups)", "simulate: 100% (2/2 series groups)");
    assertThat(run.out()).contains("2 series, 20,162 samples");
  }

  @Test
  void helpExplainsTheFormatAndTheOptions() {
    CliRun run = CliRun.of("simulate", "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("--scenario=FILE", "--days=N", "--seed=S", "--start=INSTANT", "--out=FILE.om", "promtool tsdb create-blocks-from openmetrics", "nothing is written");
  }
}
