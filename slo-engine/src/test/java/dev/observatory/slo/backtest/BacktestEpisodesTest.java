package dev.observatory.slo.backtest;

import static dev.observatory.slo.backtest.Histories.DAY;
import static dev.observatory.slo.backtest.Histories.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.observatory.slo.math.MinuteCounts;
import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Window;
import dev.observatory.slo.simulate.Incident;
import dev.observatory.slo.simulate.IncidentKind;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Hand-computed episodes and measures: a 99.9% 30-day SLO (workbook pairs, 5-minute damping). */
class BacktestEpisodesTest {
  static final Slo SLO = Histories.rolling30d("99.9");
  static final BurnRateAlert PAGE_1H = new BurnRateAlert(Severity.PAGE, Duration.ofHours(1), Duration.ofMinutes(5), 14.4);
  static final BurnRateAlert TICKET_1D = new BurnRateAlert(Severity.TICKET, Duration.ofDays(1), Duration.ofHours(2), 3);
  static final BurnRateAlert TICKET_3D = new BurnRateAlert(Severity.TICKET, Duration.ofDays(3), Duration.ofHours(6), 1);

  static BacktestResult run(Slo slo, MinuteCounts counts, List<Incident> incidents, AlertPolicy... policies) {
    return Backtest.run(BacktestInput.of(List.of(slo), new TreeMap<>(Map.of(slo.id(), counts)), incidents, List.of(policies)));
  }

  static PolicyOutcome spec(MinuteCounts counts, List<Incident> incidents) {
    return run(SLO, counts, incidents, AlertPolicy.SPEC).slos().get(0).policies().get(0);
  }

  static Incident incident(String name, IncidentKind kind, long start, long end) {
    return new Incident(name, kind, "checkout", Optional.empty(), start, end, kind == IncidentKind.OUTAGE ? 1 : 0, 1);
  }

  @Test
  void aTwentyMinuteFullOutagePagesOneMinuteInAndTicketsAfterFive() {
    long s = START + 3 * DAY; // three healthy days first, so every window is full
    MinuteCounts counts = Histories.constant(5 * DAY, 100, 3 * DAY, 3 * DAY + 20, 100);

    PolicyOutcome outcome = spec(counts, List.of(incident("outage", IncidentKind.OUTAGE, s, s + 20)));

    // Page: 100 bad of 6,000 in the first hour burns 16.7 > 14.4 at s+1. The 6h/30m pair keeps it
    // firing until the 30m window leaves the outage (s+50); 5 quiet minutes later it resolves.
    // Ticket: 500 bad of 144,000 burn 3.47 > 3 over 1d at s+5 (400 burn 2.78); the 3d/6h pair fires
    // until the 6h window is clean at s+380; resolved 5 minutes after the last firing minute.
    assertThat(outcome.episodes()).containsExactly(
        new Episode(Severity.PAGE, PAGE_1H, s + 1, OptionalLong.of(s + 54), List.of("outage")),
        new Episode(Severity.TICKET, TICKET_1D, s + 5, OptionalLong.of(s + 384), List.of("outage")));
    IncidentOutcome incident = outcome.incidents().get(0);
    assertThat(incident.detectionMinutes()).hasValue(1);
    assertThat(incident.resetMinutes()).hasValue(364);
    // 100 bad events before detection, of a period holding 4,321 minutes of 100 events.
    assertThat(incident.budgetSpentBeforeDetection().getAsDouble()).isCloseTo(100 / (0.001 * 432_100), within(1e-12));
    Measures m = outcome.measures();
    assertThat(m.precision()).hasValue(1.0);
    assertThat(m.recall()).hasValue(1.0);
    assertThat(m.meanDetectionMinutes()).hasValue(1.0);
  }

  @Test
  void aTwoDaySlowBurnAtTwiceTheBudgetTicketsOnTheThreeDayPairAfterThirtySixHoursAndAMinute() {
    long b = START + 3 * DAY;
    // 1,000 events a minute, 2 of them bad (0.2%, a burn rate of 2) for two days.
    MinuteCounts counts = Histories.constant(6 * DAY, 1000, 3 * DAY, 5 * DAY, 2);

    PolicyOutcome outcome = spec(counts, List.of(incident("slow", IncidentKind.SLOW_BURN, b, b + 2 * DAY)));

    // 3d window: 2x bad of 4,320,000 exceeds 0.1% once x > 2,160 minutes (36h). The 6h window stays
    // above a burn of 1 while more than 180 of its 360 minutes are in the burn: until b+2880+179.
    assertThat(outcome.episodes()).containsExactly(
        new Episode(Severity.TICKET, TICKET_3D, b + 2161, OptionalLong.of(b + 3064), List.of("slow")));
    assertThat(outcome.incidents().get(0).detectionMinutes()).hasValue(36 * 60 + 1);
    assertThat(outcome.incidents().get(0).resetMinutes()).hasValue(184);
  }

  @Test
  void aFalsePositiveDuringACounterResetBlipLowersPrecisionButNotRecall() {
    long s = START + 3 * DAY;
    long blip = s + 4 * DAY; // far enough that no window holds both
    MinuteCounts counts = Histories.counts(START, 8 * DAY, i -> {
      boolean bad = (i >= 3 * DAY && i < 3 * DAY + 20) || i == 7 * DAY;
      return new double[] {bad ? 0 : 100, 100};
    });

    PolicyOutcome outcome = spec(counts, List.of(
        incident("outage", IncidentKind.OUTAGE, s, s + 20),
        incident("restart", IncidentKind.COUNTER_RESET, blip, blip + 1)));

    assertThat(outcome.episodes()).extracting(Episode::startEpochMinute, Episode::causedBy).containsExactly(
        tuple(s + 1, List.of("outage")), tuple(s + 5, List.of("outage")), tuple(blip + 1, List.of()));
    assertThat(outcome.episodes().get(2).endEpochMinute()).hasValue(blip + 10);
    Measures m = outcome.measures();
    assertThat(m.episodes()).isEqualTo(3);
    assertThat(m.causedEpisodes()).isEqualTo(2);
    assertThat(m.precision().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.incidents()).as("a counter reset is not a degradation").isEqualTo(1);
    assertThat(m.recall()).hasValue(1.0);
  }

  @Test
  void withoutGroundTruthPrecisionAndRecallAreAbsentNotZero() {
    PolicyOutcome outcome = spec(Histories.constant(5 * DAY, 100, 3 * DAY, 3 * DAY + 20, 100), List.of());

    assertThat(outcome.episodes()).hasSize(2);
    assertThat(outcome.measures().precision()).isEmpty();
    assertThat(outcome.measures().recall()).isEmpty();
    assertThat(outcome.measures().meanDetectionMinutes()).isEmpty();
  }

  @Test
  void aLowTrafficGuardSuppressesAPageOnThreeEvents() {
    // A quiet service: scraped every minute, no calls, except three failed calls at minutes 600-602.
    MinuteCounts counts = Histories.counts(START, DAY, i -> new double[] {0, i >= 600 && i < 603 ? 1 : 0});
    AlertPolicy guard = new AlertPolicy("guard", List.of(
        PolicyPair.budgetShare(Severity.PAGE, Duration.ofHours(1), Duration.ofMinutes(5), 2),
        PolicyPair.budgetShare(Severity.TICKET, Duration.ofDays(1), Duration.ofHours(2), 10)), AlertPolicy.SPEC.resolveAfter(), 10);

    BacktestResult result = run(SLO, counts, List.of(), AlertPolicy.SPEC, guard);

    PolicyOutcome spec = result.slos().get(0).policies().get(0);
    PolicyOutcome guarded = result.slos().get(0).policies().get(1);
    assertThat(spec.episodes()).extracting(Episode::severity, Episode::startEpochMinute)
        .containsExactly(tuple(Severity.PAGE, START + 601), tuple(Severity.TICKET, START + 601));
    assertThat(guarded.pairs()).extracting(BurnRateAlert::factor).containsExactly(14.4, 3.0);
    assertThat(guarded.episodes()).isEmpty();
    assertThat(result.totals()).extracting(t -> t.measures().episodes()).containsExactly(2, 0);
  }

  @Test
  void budgetsAreReportedAtTheEndOfEachCalendarWeek() {
    Slo weekly = Histories.availability("weekly", "99.9", new Window.Calendar(Window.CalendarUnit.WEEK, ZoneOffset.UTC), new Budgeting.Occurrences());
    // 2026-03-02 is a Monday: two whole weeks and a day; 20 failed minutes in the first week.
    MinuteCounts counts = Histories.constant(15 * DAY, 100, DAY, DAY + 20, 100);

    List<PeriodBudget> periods = run(weekly, counts, List.of(), AlertPolicy.SPEC).slos().get(0).periods();

    assertThat(periods).extracting(PeriodBudget::startEpochMinute, PeriodBudget::endEpochMinute, PeriodBudget::partial).containsExactly(
        tuple(START, START + 7 * DAY, false), tuple(START + 7 * DAY, START + 14 * DAY, false));
    // 2,000 bad of a week's 1,008,000 events against a budget of 1,008.
    assertThat(periods.get(0).budgetConsumed().getAsDouble()).isCloseTo(2000 / 1008.0, within(1e-9));
    assertThat(periods.get(1).budgetConsumed()).isEqualTo(OptionalDouble.of(0.0));
  }
}
