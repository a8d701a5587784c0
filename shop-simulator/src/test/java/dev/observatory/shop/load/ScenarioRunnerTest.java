package dev.observatory.shop.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {

  private final FakeTicker ticker = new FakeTicker();
  private final StringWriter output = new StringWriter();
  private FakeShop shop;

  @BeforeEach
  void startShop() throws Exception {
    shop = new FakeShop(ticker);
  }

  @AfterEach
  void stopShop() {
    shop.close();
  }

  private void run(String yaml, Duration runFor) throws Exception {
    Scenario scenario = ScenarioLoader.parse("scenario.yaml", yaml);
    RunControl control = new RunControl(ticker, ticker.nanos(), runFor.toNanos(), 0);
    FlagAdmin admin =
        new FlagAdmin(HttpClient.newHttpClient(), shop.adminUri(), Duration.ofSeconds(5));
    new ScenarioRunner(scenario, admin, control, new Output(new PrintWriter(output))).run();
  }

  private List<String> changesWithOffsets(long start) {
    return shop.flagChanges().stream()
        .map(c -> c.flag() + "=" + c.value() + " at " + PrometheusDuration.format(Duration.ofNanos(c.tickerNanos() - start)))
        .toList();
  }

  @Test
  void stepsReachTheAdminEndpointInOrderAtTheirOffsets() throws Exception {
    long start = ticker.nanos();
    run(
        "name: payment-incident\nsteps:\n"
            + "  - at: 2m\n    set: {paymentFailure: 0.5}\n"
            + "  - at: 6m\n    set: {paymentFailure: 0, cartDelayMs: 250}\n",
        Duration.ofMinutes(10));

    assertThat(changesWithOffsets(start))
        .containsExactly(
            "paymentFailure=0.5 at 2m", "cartDelayMs=250 at 6m", "paymentFailure=0 at 6m");
    assertThat(output.toString().lines())
        .containsExactly(
            "[2m00s] scenario payment-incident: set paymentFailure = 0.5",
            "[6m00s] scenario payment-incident: set cartDelayMs = 250",
            "[6m00s] scenario payment-incident: set paymentFailure = 0");
  }

  @Test
  void stepsAfterTheEndOfTheRunAreNotApplied() throws Exception {
    long start = ticker.nanos();
    run(
        "name: late\nsteps:\n  - at: 30s\n    set: {cartFailure: true}\n"
            + "  - at: 5m\n    set: {cartFailure: false}\n",
        Duration.ofMinutes(1));

    assertThat(changesWithOffsets(start)).containsExactly("cartFailure=true at 30s");
    assertThat(
            ScenarioRunner.warnings(
                ScenarioLoader.parse(
                    "scenario.yaml",
                    "name: late\nsteps:\n  - at: 5m\n    set: {cartFailure: false}\n"),
                Duration.ofMinutes(1)))
        .containsExactly(
            "scenario late: the step at 5m comes after the run ends (1m) and will not be applied");
  }

  @Test
  void aChangeTheShopRefusesIsReportedAndTheScenarioGoesOn() throws Exception {
    shop.adminAnswers(500);

    run(
        "name: refused\nsteps:\n  - at: 10s\n    set: {cartFailure: true}\n"
            + "  - at: 20s\n    set: {cartFailure: false}\n",
        Duration.ofMinutes(1));

    assertThat(output.toString().lines())
        .containsExactly(
            "[10s] scenario refused: could not set cartFailure = true: HTTP 500",
            "[20s] scenario refused: could not set cartFailure = false: HTTP 500");
  }
}
