package dev.observatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slo demo} itself, in-process on the embedded PostgreSQL in a temporary folder: a short run
 * whose two-minute payment outage makes the checkout page alert fire and then resolve, and whose
 * out/ holds the generated rules, dashboards, Alertmanager config and a report showing the incident.
 */
class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void aShortDemoPagesAndResolvesAndWritesTheArtifactsAndAReportOfTheIncident() throws Exception {
    Path scenario = Files.writeString(dir.resolve("incident.yaml"), """
        name: short-payment-outage
        steps:
          - at: 15s
            set: {paymentFailure: 1.0}
          - at: 2m15s
            set: {paymentFailure: 0}
        """);
    Path out = dir.resolve("out");
    long started = System.nanoTime();
    CliRun run = CliRun.of("demo", "--minutes", "3", "--scenario", scenario.toString(), "--out", out.toString(),
        "--data-dir", dir.resolve(".observatory").toString(), "--specs", "../slo-definitions", "--free-ports",
        "--refresh", "2s", "--resolve-after", "5s");
    System.out.printf("slo demo --minutes 3 took %d s%n", (System.nanoTime() - started) / 1_000_000_000L);

    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).containsPattern("checkout page alert: fired at \\d\\d:\\d\\d, resolved at \\d\\d:\\d\\d");
    assertThat(out.resolve("alertmanager/alertmanager.yml")).isRegularFile();
    try (Stream<Path> rules = Files.list(out.resolve("prometheus")); Stream<Path> dashboards = Files.list(out.resolve("grafana"))) {
      assertThat(rules.map(p -> p.getFileName().toString())).contains("checkout.rules.yaml");
      assertThat(dashboards.map(p -> p.getFileName().toString())).anyMatch(name -> name.endsWith(".json"));
    }
    String period = YearMonth.now(ZoneOffset.UTC).toString();
    for (String format : new String[] {"md", "html"}) {
      String report = Files.readString(out.resolve("report-" + period + "." + format));
      assertThat(report).as(format).contains("place-order-availability").contains("oteldemo.PaymentService/Charge");
    }
    assertThat(Files.readString(out.resolve("report-" + period + ".md"))).as("the page episode").contains("| page | ");
  }
}
