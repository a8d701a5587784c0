package dev.observatory.slo.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.simulate.Scenario;
import dev.observatory.slo.simulate.ScenarioLoader;
import dev.observatory.slo.simulate.SyntheticHistory;
import dev.observatory.slo.source.HistoryFile;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scenario end to end — a 20-minute full outage, a 6-hour 5% error burst, a 2-hour
 * latency regression and a 2-day slow burn — through the synthetic history (exactly what
 * {@code slo simulate} writes) and the backtest with each SLO's default policy. Traffic is constant
 * and noiseless, so every episode and measure below is computed by hand in the comments.
 *
 * <p>Timing: the sample at minute k holds the counters after minute k−1, and the history importer
 * files the increase up to a sample under that sample's minute; so an incident starting at s shows
 * its first bad events in minute s+1, and the evaluation after that minute closes is at now = s+2.
 * The history's first sample (minute 0) is a baseline: data starts at minute 1. Detection times are
 * measured from the incident's real start, so they include that one minute of scrape lag.
 */
class BacktestScenarioTest {
  static final String SCENARIO = """
      apiVersion: observatory/v1
      kind: Scenario
      start: 2026-10-01T00:00:00Z
      noise: none
      traffic:
        - {service: checkout, span: oteldemo.CheckoutService/PlaceOrder, requestsPerMinute: 100}
        - {service: payment, span: oteldemo.PaymentService/Charge, requestsPerMinute: 100}
        - service: product-catalog
          span: oteldemo.ProductCatalogService/GetProduct
          requestsPerMinute: 100
          latency: {median: 20ms, p99: 100ms}
        - {service: cart, span: oteldemo.CartService/AddItem, requestsPerMinute: 90}
      incidents:
        - {name: checkout-outage, kind: outage, service: checkout, at: 1d, duration: 20m}
        - {name: card-errors, kind: errors, service: payment, errorRatio: 0.05, at: 2d, duration: 6h}
        - {name: slow-catalog, kind: latency, service: product-catalog, latencyFactor: 20, at: 3d, duration: 2h}
        - {name: cart-slow-burn, kind: slowBurn, service: cart, errorRatio: 0.002, at: 3d12h, duration: 2d}
      """;
  static final String SLOS = """
      apiVersion: observatory/v1
      service: checkout
      slos:
        - {name: place-order-availability, objective: 99.9, sli: {availability: {spanName: oteldemo.CheckoutService/PlaceOrder}}}
      ---
      apiVersion: observatory/v1
      service: payment
      slos:
        - {name: charge-availability, objective: 99.9, sli: {availability: {spanName: oteldemo.PaymentService/Charge}}}
      ---
      apiVersion: observatory/v1
      service: product-catalog
      slos:
        - {name: get-product-latency, objective: 99, sli: {latency: {spanName: oteldemo.ProductCatalogService/GetProduct, threshold: 200ms}}}
      ---
      apiVersion: observatory/v1
      service: cart
      slos:
        - {name: add-item-availability, objective: 99.9, sli: {availability: {spanName: oteldemo.CartService/AddItem}}}
      """;
  static final long DAY = 1440;
  static BacktestResult result;
  static long start;

  @BeforeAll
  static void replay() {
    Scenario scenario = ScenarioLoader.parse("incidents.yaml", SCENARIO, 6);
    start = scenario.startEpochMinute();
    List<Slo> slos = SpecLoader.load("slos.yaml", SLOS).slos().stream().map(LoadedSlo::slo).toList();
    HistoryFile.Counts counts = SyntheticHistory.counts(scenario, 6, 1, slos, "incidents.yaml");
    // The catalog's SLO reads its latency only: its calls counter (2 status codes) is read by none.
    assertThat(counts.warnings()).singleElement().asString().endsWith(": warning: 2 series of traces_span_metrics_calls are not selected by any SLO (the first at this line)");
    result = Backtest.run(BacktestInput.of(slos, counts.counts(), scenario.incidents(), List.of(AlertPolicy.SPEC)));
  }

  static PolicyOutcome spec(String service, String name) {
    return result.slos().stream().filter(o -> o.slo().id().equals(new SloId(service, name))).findFirst().orElseThrow().policies().get(0);
  }

  @Test
  void theTwentyMinuteOutagePagesTwoMinutesAfterItStarts() {
    long s = start + DAY;
    PolicyOutcome outcome = spec("checkout", "place-order-availability");
    // Page at s+2: 5m 100/500 = 20% and 1h 100/6,000 = 1.67%, both > 14.4 x 0.1%. The 6h/30m pair
    // (30m: 100/3,000 > 0.6%; 6h: 2,000/36,000) fires while the 30m window holds minute s+20, up
    // to now = s+50; resolved 5 quiet minutes later, at s+55.
    // Ticket at s+3: the 3d window holds only the day so far, 200/144,200 = 0.139% > 0.1%, and 6h
    // 200/36,000. The 3d/6h pair fires while the 6h window holds minute s+20 (to s+380): s+385.
    assertThat(outcome.episodes()).extracting(Episode::severity, Episode::startEpochMinute, Episode::endEpochMinute, Episode::causedBy).containsExactly(
        tuple(Severity.PAGE, s + 2, OptionalLong.of(s + 55), List.of("checkout-outage")),
        tuple(Severity.TICKET, s + 3, OptionalLong.of(s + 385), List.of("checkout-outage")));
    IncidentOutcome incident = outcome.incidents().get(0);
    assertThat(incident.detectionMinutes()).hasValue(2);
    assertThat(incident.resetMinutes()).hasValue(385 - 20);
    // 100 bad events before detection; the period so far is minutes 1..s+1 (1,441 minutes of 100).
    assertThat(incident.budgetSpentBeforeDetection().getAsDouble()).isCloseTo(100 / (0.001 * 144_100), within(1e-9));
    assertThat(outcome.measures().precision()).hasValue(1.0);
    assertThat(outcome.measures().recall()).hasValue(1.0);
  }

  @Test
  void theSixHourFivePercentBurstPagesOnceTheHourHoldsEighteenBadMinutes() {
    long s = start + 2 * DAY;
    PolicyOutcome outcome = spec("payment", "charge-availability");
    // 5 of 100 calls fail a minute. Page: 1h needs 5k/6,000 > 1.44% (k >= 18), 5m 5k/500 (k >= 2):
    // at s+19. It stays until the 30m window holds fewer than 4 bad minutes (6h/30m pair: 5k/3,000 >
    // 0.6%): last firing at s+387 (minutes s+358..s+360), resolved s+392.
    // Ticket: the 3d window holds the 2,880 + k minutes so far, so 3d/6h needs 5k > 0.1% of
    // 100 (2,880 + k), i.e. 4.9k > 288 (k >= 59): s+60; it fires while
    // the 6h window holds 8 bad minutes (5k/36,000 > 0.1%), to s+713: resolved s+718.
    assertThat(outcome.episodes()).extracting(Episode::severity, Episode::startEpochMinute, Episode::endEpochMinute).containsExactly(
        tuple(Severity.PAGE, s + 19, OptionalLong.of(s + 392)),
        tuple(Severity.TICKET, s + 60, OptionalLong.of(s + 718)));
    IncidentOutcome incident = outcome.incidents().get(0);
    assertThat(incident.detectionMinutes()).hasValue(19);
    assertThat(incident.resetMinutes()).hasValue(718 - 360);
    // 18 bad minutes x 5 before detection; the period so far is minutes 1..s+18 (2,898 x 100).
    assertThat(incident.budgetSpentBeforeDetection().getAsDouble()).isCloseTo(90 / (0.001 * 289_800), within(1e-9));
  }

  @Test
  void theTwoHourLatencyRegressionPagesAfterElevenSlowMinutes() {
    long s = start + 3 * DAY;
    PolicyOutcome outcome = spec("product-catalog", "get-product-latency");
    // Log-normal, median 20 ms, p99 100 ms: none of 100 calls is over 200 ms; 20 times slower
    // (median 400 ms) 84 are (P(X > 200 ms) = 0.842). Page on the 99% SLO: 1h needs 84k/6,000 >
    // 14.4% (k >= 11): s+12; the 6h/30m pair (30m: 84k/3,000 > 6%, k >= 3) holds it to s+148:
    // resolved s+153. Ticket: 3d and 1d both need k >= 52 (84k/432,000 > 1%; 84k/144,000 > 3%):
    // s+53; the 3d/6h pair (6h: 84k/36,000 > 1%, k >= 5) holds it to s+476: resolved s+481.
    assertThat(outcome.episodes()).extracting(Episode::severity, Episode::startEpochMinute, Episode::endEpochMinute).containsExactly(
        tuple(Severity.PAGE, s + 12, OptionalLong.of(s + 153)),
        tuple(Severity.TICKET, s + 53, OptionalLong.of(s + 481)));
    IncidentOutcome incident = outcome.incidents().get(0);
    assertThat(incident.detectionMinutes()).hasValue(12);
    assertThat(incident.resetMinutes()).hasValue(481 - 120);
    // 11 slow minutes x 84 of a budget of 1% of minutes 1..s+11 (4,331 x 100).
    assertThat(incident.budgetSpentBeforeDetection().getAsDouble()).isCloseTo(11 * 84 / (0.01 * 433_100), within(1e-9));
  }

  @Test
  void theTwoDaySlowBurnTicketsAfterThirtySixHoursAndNeverPages() {
    long s = start + 3 * DAY + 720;
    PolicyOutcome outcome = spec("cart", "add-item-availability");
    // 0.18 bad calls a minute (0.2% of 90, rounded on the counter: round(0.18 j) after j minutes).
    // Pages and the 1d ticket need more than 0.2%: never. 3d/6h: the 3d window (388,800 calls)
    // needs 389 bad: 0.18 j >= 388.5, j = 2,159 minutes, so now = s+2,160 (36 hours). After the
    // burn (518 bad in all) the 6h window keeps 33 bad (> 32.4) while 0.18 (now-361-s) < 485.5:
    // last firing at s+3,058, resolved at s+3,063.
    assertThat(outcome.episodes()).extracting(Episode::severity, Episode::startEpochMinute, Episode::endEpochMinute).containsExactly(
        tuple(Severity.TICKET, s + 2160, OptionalLong.of(s + 3063)));
    IncidentOutcome incident = outcome.incidents().get(0);
    assertThat(incident.detectionMinutes()).hasValue(2160);
    assertThat(incident.resetMinutes()).hasValue(3063 - 2880);
    // 389 bad before detection, of a budget of 0.1% of minutes 1..s+2,159 (7,199 x 90, give or take
    // one call of counter rounding).
    assertThat(incident.budgetSpentBeforeDetection().getAsDouble()).isCloseTo(389 / (0.001 * 7_199 * 90), within(1e-4));
  }

  @Test
  void theDefaultPolicyCatchesEveryIncidentWithoutAFalseAlarm() {
    Measures totals = result.totals().get(0).measures();
    assertThat(totals.incidents()).isEqualTo(4);
    assertThat(totals.detectedIncidents()).isEqualTo(4);
    assertThat(totals.episodes()).isEqualTo(7);
    assertThat(totals.precision()).hasValue(1.0);
    assertThat(totals.recall()).hasValue(1.0);
    assertThat(totals.meanDetectionMinutes().getAsDouble()).isEqualTo((2 + 19 + 12 + 2160) / 4.0);
  }
}
