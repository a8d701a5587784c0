package dev.observatory.slo.source;

import static dev.observatory.slo.source.TestSources.API;
import static dev.observatory.slo.source.TestSources.CHECKOUT;
import static dev.observatory.slo.source.TestSources.at;
import static dev.observatory.slo.source.TestSources.checkoutPage;
import static dev.observatory.slo.source.TestSources.counted;
import static dev.observatory.slo.source.TestSources.minute;
import static dev.observatory.slo.source.TestSources.noData;
import static dev.observatory.slo.source.TestSources.samples;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SliAccumulatorTest {
  private static final String TARGET = "http://collector:8889/metrics";

  private final SliAccumulator accumulator = new SliAccumulator(TestSources.selection());

  private void scrape(long seconds, String page) {
    accumulator.scraped(TARGET, at(seconds), samples(page));
  }

  private List<MinuteTally> closeCheckout(long beforeMinuteIndex) {
    return accumulator.closeMinutesBefore(minute(beforeMinuteIndex)).get(CHECKOUT);
  }

  @Test
  void theFirstScrapeIsABaselineAndLaterScrapesAddTheirDeltasToTheirMinute() {
    scrape(0, checkoutPage(100, 1));
    scrape(30, checkoutPage(110, 1));
    scrape(60, checkoutPage(130, 3));
    scrape(90, checkoutPage(150, 3));

    assertThat(closeCheckout(2)).containsExactly(counted(0, 10, 10), counted(1, 40, 42));
  }

  @Test
  void aCounterResetCountsTheValueAfterIt() {
    scrape(0, checkoutPage(100, 10));
    scrape(60, checkoutPage(120, 10));
    scrape(120, checkoutPage(5, 1)); // the collector restarted

    assertThat(closeCheckout(3)).containsExactly(noData(0), counted(1, 20, 20), counted(2, 5, 6));
  }

  @Test
  void aTargetThatIsDownGivesNoDataMinutesAndTheIncreaseAcrossTheGapLandsInTheFirstMinuteAfterIt() {
    scrape(0, checkoutPage(100, 0));
    scrape(60, checkoutPage(110, 0));
    accumulator.scrapeFailed(TARGET, at(120));
    accumulator.scrapeFailed(TARGET, at(180));
    scrape(240, checkoutPage(150, 2));

    assertThat(closeCheckout(5)).containsExactly(noData(0), counted(1, 10, 10), noData(2), noData(3), counted(4, 40, 42));
  }

  @Test
  void aMinuteWithAScrapeButNoTrafficIsZeroNotNoData() {
    scrape(0, checkoutPage(100, 0));
    scrape(60, checkoutPage(100, 0));
    scrape(120, "# nothing about the checkout here\nup 1\n");

    assertThat(closeCheckout(3)).containsExactly(noData(0), counted(1, 0, 0), counted(2, 0, 0));
  }

  @Test
  void aSeriesThatAppearsAfterTheFirstScrapeCountsFromZero() {
    scrape(0, TestSources.calls("STATUS_CODE_UNSET", 100));
    scrape(60, TestSources.calls("STATUS_CODE_UNSET", 100) + TestSources.calls("STATUS_CODE_ERROR", 3));

    assertThat(closeCheckout(2)).containsExactly(noData(0), counted(1, 0, 3));
  }

  @Test
  void everySloGetsTheSameMinutesAndNothingIsReturnedTwice() {
    scrape(0, checkoutPage(1, 0) + "http_requests_total{job=\"api\",code=\"200\"} 5\n");
    scrape(60, checkoutPage(2, 0) + "http_requests_total{job=\"api\",code=\"200\"} 9\nhttp_requests_total{job=\"api\",code=\"503\"} 1\n");

    var closed = accumulator.closeMinutesBefore(minute(2));

    assertThat(closed.keySet()).containsExactly(CHECKOUT, API);
    assertThat(closed.get(API)).containsExactly(noData(0), counted(1, 4, 5));
    assertThat(accumulator.closeMinutesBefore(minute(2)).get(API)).isEmpty();
  }

  @Test
  void valuesThatAreNotCounterValuesAreSkippedAndCounted() {
    scrape(0, checkoutPage(100, 0));
    scrape(60, checkoutPage(Double.NaN, 0));

    assertThat(closeCheckout(2)).containsExactly(noData(0), counted(1, 0, 0));
    assertThat(accumulator.skippedSamples()).isEqualTo(1);
  }

  @Test
  void resumingFromTheStateAfterARestartCountsEveryEventOnce() {
    // One run without a restart...
    SliAccumulator steady = new SliAccumulator(TestSources.selection());
    List<MinuteTally> expected = new ArrayList<>();
    double[] ok = {100, 110, 125, 140, 141, 160, 200, 230};
    for (int i = 0; i < ok.length; i++) {
      steady.scraped(TARGET, at(i * 30L), samples(checkoutPage(ok[i], i)));
    }
    expected.addAll(steady.closeMinutesBefore(minute(4)).get(CHECKOUT));

    // ...and one that stops after the scrape at 1:30, having closed minute 0 only, and resumes.
    for (int i = 0; i <= 3; i++) accumulator.scraped(TARGET, at(i * 30L), samples(checkoutPage(ok[i], i)));
    List<MinuteTally> actual = new ArrayList<>(closeCheckout(1));
    AccumulatorState persisted = accumulator.state();
    SliAccumulator resumed = SliAccumulator.restore(TestSources.selection(), persisted);
    for (int i = 4; i < ok.length; i++) resumed.scraped(TARGET, at(i * 30L), samples(checkoutPage(ok[i], i)));
    actual.addAll(resumed.closeMinutesBefore(minute(4)).get(CHECKOUT));

    assertThat(persisted.nextEpochMinute()).isEqualTo(minute(1));
    assertThat(persisted.scrapedTargets()).containsExactly(TARGET);
    assertThat(persisted.series()).extracting(SeriesState::value).containsExactlyInAnyOrder(110.0, 1.0);
    // Minute 1 was still open at the restart: it has no data, and the first scrape after the
    // restart (2:00) counts its events once, from the values persisted for 0:30.
    assertThat(expected).containsExactly(counted(0, 10, 11), counted(1, 30, 32), counted(2, 20, 22), counted(3, 70, 72));
    assertThat(actual).containsExactly(counted(0, 10, 11), noData(1), counted(2, 50, 54), counted(3, 70, 72));
    assertThat(sumTotal(actual)).isEqualTo(sumTotal(expected));
  }

  private static double sumTotal(List<MinuteTally> minutes) {
    return minutes.stream().mapToDouble(MinuteTally::total).sum();
  }
}
