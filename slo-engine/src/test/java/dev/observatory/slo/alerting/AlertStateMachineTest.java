package dev.observatory.slo.alerting;

import static dev.observatory.slo.alerting.Statuses.CHECKOUT;
import static dev.observatory.slo.alerting.Statuses.allOk;
import static dev.observatory.slo.alerting.Statuses.at;
import static dev.observatory.slo.alerting.Statuses.pageFiring;
import static dev.observatory.slo.alerting.Statuses.pageNoData;
import static dev.observatory.slo.alerting.Statuses.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.observatory.slo.alerting.AlertStateMachine.Phase;
import dev.observatory.slo.math.AlertState;
import dev.observatory.slo.math.SloStatus;
import dev.observatory.slo.model.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AlertStateMachineTest {
  /** One row of a table: an evaluation, and the events it must yield ("" for none). */
  record Step(SloStatus status, String expected) {}

  static Step step(SloStatus status, String expected) {
    return new Step(status, expected);
  }

  static Stream<Arguments> tables() {
    return Stream.of(
        Arguments.of("fires once when a page pair starts firing", Damping.DEFAULT, List.of(
            step(allOk(0), ""),
            step(pageFiring(1), "FIRED page from 1"))),
        Arguments.of("stays firing without repeat events", Damping.DEFAULT, List.of(
            step(pageFiring(0), "FIRED page from 0"),
            step(pageFiring(1), ""),
            step(status(2, AlertState.OK, AlertState.FIRING, AlertState.OK, AlertState.OK), ""),
            step(pageFiring(3), ""))),
        Arguments.of("resolves five minutes after the last firing evaluation by default", Damping.DEFAULT, List.of(
            step(pageFiring(0), "FIRED page from 0"),
            step(pageFiring(2), ""),
            step(allOk(3), ""),
            step(allOk(6), ""),
            step(allOk(7), "RESOLVED page from 0 to 7"),
            step(allOk(8), ""))),
        Arguments.of("a firing evaluation within the damping period restarts the quiet time", Damping.DEFAULT, List.of(
            step(pageFiring(0), "FIRED page from 0"),
            step(allOk(4), ""),
            step(pageFiring(5), ""),
            step(allOk(9), ""),
            step(allOk(10), "RESOLVED page from 0 to 10"))),
        Arguments.of("resolves after a number of quiet evaluations when damping counts evaluations", Damping.afterEvaluations(3), List.of(
            step(pageFiring(0), "FIRED page from 0"),
            step(allOk(1), ""),
            step(allOk(2), ""),
            step(allOk(3), "RESOLVED page from 0 to 3"))),
        Arguments.of("no data neither fires nor resolves", Damping.DEFAULT, List.of(
            step(pageNoData(0), ""),
            step(pageFiring(1), "FIRED page from 1"),
            step(pageNoData(10), ""),
            step(pageNoData(30), ""),
            step(allOk(31), "RESOLVED page from 1 to 31"))),
        Arguments.of("no data does not count as a quiet evaluation", Damping.afterEvaluations(2), List.of(
            step(pageFiring(0), "FIRED page from 0"),
            step(allOk(1), ""),
            step(pageNoData(2), ""),
            step(pageNoData(3), ""),
            step(allOk(4), "RESOLVED page from 0 to 4"))),
        Arguments.of("fires again as a new episode after resolving", Damping.afterEvaluations(1), List.of(
            step(pageFiring(0), "FIRED page from 0"),
            step(allOk(1), "RESOLVED page from 0 to 1"),
            step(pageFiring(2), "FIRED page from 2"))),
        Arguments.of("page and ticket are separate alerts", Damping.afterEvaluations(1), List.of(
            step(status(0, AlertState.FIRING, AlertState.OK, AlertState.FIRING, AlertState.OK), "FIRED page from 0, FIRED ticket from 0"),
            step(status(1, AlertState.OK, AlertState.OK, AlertState.FIRING, AlertState.OK), "RESOLVED page from 0 to 1"),
            step(allOk(2), "RESOLVED ticket from 0 to 2"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void table(String sentence, Damping damping, List<Step> steps) {
    AlertStateMachine machine = new AlertStateMachine(damping);
    List<String> actual = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Step step : steps) {
      Instant evaluatedAt = Instant.ofEpochSecond(step.status().evaluatedAtEpochMinute() * 60);
      actual.add(describe(machine.observe(step.status(), evaluatedAt)));
      expected.add(step.expected());
    }
    assertThat(actual).as(sentence).isEqualTo(expected);
  }

  private static String describe(List<AlertEvent> events) {
    List<String> parts = new ArrayList<>();
    for (AlertEvent e : events) {
      String from = minute(e.startsAt());
      parts.add(e.kind() + " " + e.severity().label() + " from " + from + e.endsAt().map(end -> " to " + minute(end)).orElse(""));
    }
    return String.join(", ", parts);
  }

  private static String minute(Instant t) {
    return Long.toString(Duration.between(Statuses.T0, t).toMinutes());
  }

  @Test
  void aFiredEventCarriesTheTrippedPairAndTheResolutionTheSamePairNowQuiet() {
    AlertStateMachine machine = new AlertStateMachine(Damping.afterEvaluations(1));
    AlertEvent fired = machine.observe(status(0, AlertState.OK, AlertState.FIRING, AlertState.OK, AlertState.OK), at(0)).get(0);
    assertThat(fired.pair().alert()).isEqualTo(Statuses.POLICY.get(1));
    assertThat(fired.pair().longBurnRate()).hasValue(12.0);
    AlertEvent resolved = machine.observe(allOk(1), at(1)).get(0);
    assertThat(resolved.pair().alert()).isEqualTo(Statuses.POLICY.get(1));
    assertThat(resolved.endsAt()).contains(at(1));
  }

  @Test
  void restoringFromTheOpenEpisodesDoesNotFireAgain() {
    AlertStateMachine before = new AlertStateMachine(Damping.DEFAULT);
    before.observe(pageFiring(0), at(0));
    before.observe(pageFiring(1), at(1));
    List<AlertEpisode> stored = before.openEpisodes();
    assertThat(stored).containsExactly(new AlertEpisode(CHECKOUT, Severity.PAGE, at(0), at(1)));

    AlertStateMachine after = AlertStateMachine.restore(Damping.DEFAULT, stored);
    assertThat(after.phase(CHECKOUT, Severity.PAGE)).isEqualTo(Phase.FIRING);
    assertThat(after.observe(pageFiring(2), at(2))).isEmpty();
    assertThat(after.observe(allOk(7), at(7))).singleElement()
        .satisfies(e -> {
          assertThat(e.kind()).isEqualTo(AlertEvent.Kind.RESOLVED);
          assertThat(e.startsAt()).isEqualTo(at(0));
          assertThat(e.endsAt()).isEqualTo(Optional.of(at(7)));
        });
    assertThat(after.openEpisodes()).isEmpty();
  }

  @Test
  void aRestoredEpisodeKeepsItsDampingClock() {
    AlertStateMachine after = AlertStateMachine.restore(Damping.DEFAULT, List.of(new AlertEpisode(CHECKOUT, Severity.PAGE, at(0), at(4))));
    assertThat(after.observe(allOk(8), at(8))).isEmpty();
    assertThat(after.observe(allOk(9), at(9))).extracting(AlertEvent::kind).containsExactly(AlertEvent.Kind.RESOLVED);
  }

  @Test
  void dampingTakesEitherEvaluationsOrTimeNotBoth() {
    assertThatThrownBy(() -> new Damping(3, Duration.ofMinutes(5))).hasMessageContaining("exactly one");
    assertThatThrownBy(() -> new Damping(0, Duration.ZERO)).hasMessageContaining("exactly one");
  }
}
