package dev.observatory.slo.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.source.HistoryFile;
import dev.observatory.slo.source.MinuteTally;
import dev.observatory.slo.spec.LoadedSlo;
import dev.observatory.slo.spec.SpecLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticHistoryTest {
  static final String SLOS = """
      apiVersion: observatory/v1
      service: checkout
      slos:
        - name: availability
          objective: 99.9
          sli: {availability: {spanName: oteldemo.CheckoutService/PlaceOrder}}
        - name: latency
          objective: 99
          sli: {latency: {spanName: oteldemo.CheckoutService/PlaceOrder, threshold: 100ms}}
      """;
  static final SloId AVAILABILITY = new SloId("checkout", "availability");
  static final SloId LATENCY = new SloId("checkout", "latency");
  static final long START = Scenario.DEFAULT_START.getEpochSecond() / 60;

  /** 100 calls a minute, 10 of them failing, half of them within 100 ms: every minute the same. */
  static String constant(String incidents, String more) {
    return """
        apiVersion: observatory/v1
        kind: Scenario
        noise: none
        traffic:
          - service: checkout
            span: oteldemo.CheckoutService/PlaceOrder
            requestsPerMinute: 100
            errorRatio: 0.1
            latency: {median: 100ms, p99: 400ms}
        """ + more + (incidents.isEmpty() ? "" : "incidents:\n" + incidents);
  }

  static List<Slo> slos() {
    return SpecLoader.load("checkout.yaml", SLOS).slos().stream().map(LoadedSlo::slo).toList();
  }

  static Map<Long, MinuteTally> minutes(String scenario, SloId slo) {
    HistoryFile.Minutes m = SyntheticHistory.minutes(ScenarioLoader.parse("s.yaml", scenario, 1), 1, 7, slos(), "s.yaml");
    // Only spans added beside the checkout's (read by no SLO) may warn.
    assertThat(m.warnings()).allSatisfy(w -> assertThat(w).contains("series of traces_span_metrics_calls are not selected by any SLO"));
    return m.minutes().get(slo).stream().collect(Collectors.toMap(MinuteTally::epochMinute, t -> t));
  }

  @Test
  void withoutNoiseEveryMinuteHoldsTheExpectedCountsAndTheFirstSampleIsTheBaseline() {
    Map<Long, MinuteTally> availability = minutes(constant("", ""), AVAILABILITY);
    // Samples at minutes START..START+1440; the one at START is the baseline, so the minutes with
    // data are START+1..START+1440, each holding the calls of the minute before its sample.
    assertThat(availability).hasSize(1440).containsOnlyKeys(java.util.stream.LongStream.rangeClosed(START + 1, START + 1440).boxed().toList());
    assertThat(availability.values()).allSatisfy(t -> assertThat(t.good()).isEqualTo(90.0)).allSatisfy(t -> assertThat(t.total()).isEqualTo(100.0));
    // Log-normal with median 100 ms: half of the calls are within 100 ms.
    assertThat(minutes(constant("", ""), LATENCY).values()).allSatisfy(t -> assertThat(t.good()).isEqualTo(50.0));
  }

  @Test
  void anOutageFailsEveryCallOfItsMinutesAndALatencyIncidentSlowsThem() {
    String incidents = """
          - {kind: outage, service: checkout, at: 1h, duration: 20m}
          - {kind: latency, service: checkout, latencyFactor: 2, at: 3h, duration: 10m}
        """;
    Map<Long, MinuteTally> availability = minutes(constant(incidents, ""), AVAILABILITY);
    for (long m = START + 1; m <= START + 1440; m++) {
      boolean out = m > START + 60 && m <= START + 80; // scenario minutes [60, 80) show at samples 61..80
      assertThat(availability.get(m).good()).as("minute %d", m - START).isEqualTo(out ? 0.0 : 90.0);
      assertThat(availability.get(m).total()).isEqualTo(100.0);
    }
    Map<Long, MinuteTally> latency = minutes(constant(incidents, ""), LATENCY);
    // Twice as slow: median 200 ms, sigma ln(4)/z99; P(latency <= 100 ms) = Φ(−ln 2 / sigma) = 0.1224.
    assertThat(latency.get(START + 181).good()).isEqualTo(12.0);
    assertThat(latency.get(START + 190).good()).isEqualTo(12.0);
    assertThat(latency.get(START + 191).good()).isEqualTo(50.0);
  }

  @Test
  void aCounterResetLosesNoEventsWhenTheCountersDrop() {
    Map<Long, MinuteTally> plain = minutes(constant("", ""), AVAILABILITY);
    Map<Long, MinuteTally> reset = minutes(constant("  - {kind: counterReset, service: checkout, at: 2h, duration: 5m}\n", ""), AVAILABILITY);
    assertThat(reset).isEqualTo(plain);
  }

  @Test
  void aGapOfTheWholeTargetIsNoDataAndTheFirstMinuteAfterHoldsTheCallsOfTheGap() {
    Map<Long, MinuteTally> gap = minutes(constant("  - {kind: gap, service: checkout, at: 200m, duration: 15m}\n", ""), AVAILABILITY);
    // No samples at minutes 200..214; the sample at 215 holds scenario minutes 199..214.
    assertThat(gap).hasSize(1440 - 15);
    for (long m = START + 200; m < START + 215; m++) assertThat(gap).doesNotContainKey(m);
    assertThat(gap.get(START + 215)).isEqualTo(new MinuteTally(START + 215, true, 16 * 90, 16 * 100));
    assertThat(gap.get(START + 199).total()).isEqualTo(100.0);
    assertThat(gap.get(START + 216).total()).isEqualTo(100.0);
  }

  @Test
  void aGapOfOneSpanWhileTheTargetIsStillScrapedGivesMinutesWithoutEvents() {
    String other = """
          - service: cart
            span: oteldemo.CartService/AddItem
            requestsPerMinute: 10
        """;
    Map<Long, MinuteTally> gap = minutes(constant("  - {kind: gap, service: checkout, at: 200m, duration: 15m}\n", other), AVAILABILITY);
    assertThat(gap).hasSize(1440);
    for (long m = START + 200; m < START + 215; m++) assertThat(gap.get(m)).isEqualTo(new MinuteTally(m, true, 0, 0));
    assertThat(gap.get(START + 215)).isEqualTo(new MinuteTally(START + 215, true, 16 * 90, 16 * 100));
  }

  /** The shop's traffic for a day: the month's incidents come later. */
  static Scenario shopWithoutIncidents() throws Exception {
    Scenario month = ScenarioLoader.load(Path.of("../scenarios/shop-month.yaml"), 30);
    return new Scenario(month.start(), month.traffic(), List.of());
  }

  @Test
  void poissonNoiseScattersTheCountsAroundTheRatesAndTheDailyCycle() throws Exception {
    Scenario shop = shopWithoutIncidents();
    HistoryFile.Minutes m = SyntheticHistory.minutes(shop, 1, 1, slos(), "shop");
    List<MinuteTally> minutes = m.minutes().get(AVAILABILITY);
    double total = minutes.stream().mapToDouble(MinuteTally::total).sum();
    double bad = minutes.stream().mapToDouble(t -> t.total() - t.good()).sum();
    assertThat(total).isCloseTo(12 * 1440, org.assertj.core.data.Percentage.withPercentage(3));
    assertThat(bad).isLessThan(30); // 0.03% of ~17,000 calls: about 5
    // The cycle peaks at 19:00 UTC with 1.6 times the mean, and bottoms at 07:00 with 0.4 times.
    double peak = minutes.stream().filter(t -> Math.floorMod(t.epochMinute() - 1, 1440) / 60 == 19).mapToDouble(MinuteTally::total).sum();
    double low = minutes.stream().filter(t -> Math.floorMod(t.epochMinute() - 1, 1440) / 60 == 7).mapToDouble(MinuteTally::total).sum();
    assertThat(peak / low).isBetween(3.0, 5.0);
  }

  @Test
  void everyShopSloReadsTrafficFromTheShopMonthScenarioAndNoFamilyIsUnread() throws Exception {
    List<Slo> shopSlos = SpecLoader.load(List.of(Path.of("../slo-definitions"))).slos().stream().map(LoadedSlo::slo).toList();
    Scenario shop = shopWithoutIncidents();
    HistoryFile.Minutes m = SyntheticHistory.minutes(shop, 1, 1, shopSlos, "shop");
    // Every family is read; the calls of GetCart, GetQuote and ShipOrder (2 status codes each) are
    // not: the shop's SLOs read only the latency of the first two and nothing of the third.
    assertThat(m.warnings()).singleElement().asString().endsWith(": 6 series of traces_span_metrics_calls are not selected by any SLO (the first at this line)");
    assertThat(m.minutes()).hasSize(shopSlos.size());
    m.minutes().forEach((id, minutes) -> {
      assertThat(minutes).as(id.toString()).hasSize(1440);
      assertThat(minutes.stream().mapToDouble(MinuteTally::total).sum()).as(id.toString()).isGreaterThan(10_000);
      assertThat(minutes.stream().mapToDouble(t -> t.good() / t.total()).average().orElseThrow()).as(id.toString()).isGreaterThan(0.99);
    });
  }
}
