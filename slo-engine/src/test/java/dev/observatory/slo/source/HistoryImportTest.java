package dev.observatory.slo.source;

import static dev.observatory.slo.source.TestSources.API;
import static dev.observatory.slo.source.TestSources.CHECKOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.observatory.slo.model.SloId;
import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HistoryImportTest {
  private static final long START = 1_740_000_000_000L; // a minute boundary, in ms
  private static final long MINUTE0 = START / 60_000;

  @Test
  void aHistoryGivesTheSameMinutesAsScrapingTheSameSamplesLive() throws Exception {
    String file = scenario();

    HistoryImport.Result history = HistoryImport.read(reader(file), TestSources.selection());

    // The same samples, scraped live: one scrape per timestamp, minutes closed as they pass.
    TreeMap<Long, List<Sample>> scrapes = new TreeMap<>();
    ExpositionParser.forHistory().read(reader(file), new ExpositionSink() {
      @Override
      public void family(Family family) {}

      @Override
      public void sample(Sample sample) {
        scrapes.computeIfAbsent(sample.timestampMillis(), t -> new ArrayList<>()).add(sample);
      }
    });
    SliAccumulator live = new SliAccumulator(TestSources.selection());
    Map<SloId, List<MinuteTally>> liveMinutes = new LinkedHashMap<>();
    scrapes.forEach((t, samples) -> {
      live.closeMinutesBefore(t / 60_000).forEach((slo, minutes) -> liveMinutes.computeIfAbsent(slo, s -> new ArrayList<>()).addAll(minutes));
      live.scraped("collector", t, samples);
    });
    long end = scrapes.lastKey() / 60_000 + 1;
    live.closeMinutesBefore(end).forEach((slo, minutes) -> liveMinutes.get(slo).addAll(minutes));

    for (SloId slo : List.of(CHECKOUT, API)) {
      List<MinuteTally> fromLive = liveMinutes.get(slo);
      assertThat(fromLive).as("%s live", slo).hasSize(12);
      assertThat(MinuteTally.of(history.counts().get(slo), MINUTE0, end)).as("%s history", slo).isEqualTo(fromLive);
    }
    // The scenario has what it claims: the gap, a quiet minute, and errors.
    List<MinuteTally> checkout = liveMinutes.get(CHECKOUT);
    assertThat(checkout.get(6).hasData()).isFalse();
    assertThat(checkout.get(7).hasData()).isFalse();
    assertThat(checkout.get(9)).isEqualTo(new MinuteTally(MINUTE0 + 9, true, 0, 0));
    assertThat(checkout.stream().mapToDouble(m -> m.total() - m.good()).sum()).isPositive();
  }

  @Test
  void familiesNoSloSelectsAreWarnedAboutWithTheirLine() throws Exception {
    HistoryImport.Result result = HistoryImport.read(Path.of("src/test/resources/source/history-small.om"), TestSources.selection());

    assertThat(result.warnings()).extracting(ExpositionProblem::toString).containsExactly(
        "line 7: metric family process_cpu_seconds is not selected by any SLO",
        "line 12: metric family queue_length is not selected by any SLO");
    var checkout = result.counts().get(CHECKOUT);
    assertThat(MinuteTally.of(checkout, MINUTE0, MINUTE0 + 3)).containsExactly(
        MinuteTally.noData(MINUTE0), new MinuteTally(MINUTE0 + 1, true, 30, 30), new MinuteTally(MINUTE0 + 2, true, 20, 22));
    assertThat(result.counts().get(API).endEpochMinute()).isEqualTo(MINUTE0 + 3); // scraped, never any API traffic
  }

  @Test
  void aGarbledLineFailsWithItsNumber() {
    assertThatThrownBy(() -> HistoryImport.read(reader("up 1 60\nup 2 120\nup } 3 180\n# EOF\n"), TestSources.selection()))
        .isInstanceOf(ExpositionException.class)
        .hasMessage("line 3, column 4: \"}\" is not a number");
  }

  @Test
  void samplesOutOfOrderFailWithTheLine() {
    assertThatThrownBy(() -> HistoryImport.read(reader("up 1 120\nup 2 60\n# EOF\n"), TestSources.selection()))
        .hasMessageStartingWith("line 2, column 4: sample of up{} at 60000 ms is not after the previous one at 120000 ms");
  }

  @Test
  void aMissingEofFails() {
    assertThatThrownBy(() -> HistoryImport.read(reader("up 1 60\nup 2 120\n"), TestSources.selection()))
        .hasMessageStartingWith("line 2: no # EOF at the end");
  }

  @Test
  void aSelectedSeriesWithANonCounterValueFailsWithTheLine() {
    String file = "# TYPE traces_span_metrics_calls counter\n" + TestSources.calls("STATUS_CODE_ERROR", 1).replace("\n", " 60\n")
        + TestSources.calls("STATUS_CODE_ERROR", -1).replace("\n", " 120\n") + "# EOF\n";

    assertThatThrownBy(() -> HistoryImport.read(reader(file), TestSources.selection()))
        .hasMessageContaining("line 3: traces_span_metrics_calls_total{")
        .hasMessageEndingWith("has value -1.0, but an SLO counts it: counter values are finite and non-negative");
  }

  /**
   * Twelve minutes scraped every 15 s: a counter reset in minute 3, the error series first seen in
   * minute 4, the target down in minutes 6 and 7, no checkout traffic in minute 9.
   */
  private static String scenario() {
    SplittableRandom random = new SplittableRandom(42);
    List<Long> times = new ArrayList<>();
    for (long s = 0; s < 12 * 60; s += 15) {
      long minute = s / 60;
      if (minute != 6 && minute != 7) times.add(START + s * 1000);
    }
    Map<String, double[]> series = new LinkedHashMap<>();
    double[] ok = new double[times.size()];
    double[] errors = new double[times.size()];
    double[] api200 = new double[times.size()];
    double[] api500 = new double[times.size()];
    double okValue = 500;
    for (int i = 0; i < times.size(); i++) {
      long minute = (times.get(i) - START) / 60_000;
      if (minute == 3 && (times.get(i) - START) % 60_000 == 0) okValue = 0; // the collector restarted
      boolean quiet = minute == 9;
      okValue += quiet ? 0 : random.nextInt(6);
      ok[i] = okValue;
      errors[i] = i == 0 ? 0 : errors[i - 1] + (quiet ? 0 : random.nextInt(2));
      api200[i] = (i == 0 ? 40 : api200[i - 1]) + random.nextInt(4);
      api500[i] = (i == 0 ? 3 : api500[i - 1]) + random.nextInt(2);
    }
    series.put(TestSources.calls("STATUS_CODE_UNSET", 0).split(" ")[0], ok);
    series.put(TestSources.calls("STATUS_CODE_ERROR", 0).split(" ")[0], errors);
    StringBuilder out = new StringBuilder("# TYPE traces_span_metrics_calls counter\n");
    series.forEach((name, values) -> {
      for (int i = 0; i < times.size(); i++) {
        boolean errorSeriesNotYetThere = name.contains("STATUS_CODE_ERROR") && times.get(i) < START + 4 * 60_000;
        if (!errorSeriesNotYetThere) out.append(name).append(' ').append((long) values[i]).append(' ').append(seconds(times.get(i))).append('\n');
      }
    });
    out.append("# TYPE http_requests counter\n");
    for (int i = 0; i < times.size(); i++) out.append("http_requests_total{code=\"200\",job=\"api\"} ").append((long) api200[i]).append(' ').append(seconds(times.get(i))).append('\n');
    for (int i = 0; i < times.size(); i++) out.append("http_requests_total{code=\"500\",job=\"api\"} ").append((long) api500[i]).append(' ').append(seconds(times.get(i))).append('\n');
    return out.append("# EOF\n").toString();
  }

  private static String seconds(long millis) {
    return BigDecimal.valueOf(millis, 3).toPlainString();
  }

  private static BufferedReader reader(String text) {
    return new BufferedReader(new StringReader(text));
  }
}
