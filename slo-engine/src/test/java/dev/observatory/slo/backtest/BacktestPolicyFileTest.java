package dev.observatory.slo.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.spec.PolicyLoader;
import dev.observatory.slo.spec.SpecProblem;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BacktestPolicyFileTest {
  private static final String HEAD = "apiVersion: observatory/v1\nkind: AlertPolicy\nname: p\n";
  private static final String PAIR = "alerts:\n  - severity: page\n    longWindow: 1h\n    shortWindow: 5m\n";

  @Test
  void pyrrasPolicyFileHasItsFourteenSevenTwoOneFactors() {
    PolicyLoader.Loaded loaded = PolicyLoader.load(Path.of("../policies/pyrra.yaml"));

    assertThat(loaded.problems()).isEmpty();
    AlertPolicy pyrra = loaded.policy().orElseThrow();
    assertThat(pyrra.name()).isEqualTo("pyrra");
    assertThat(pyrra.alertsFor(Histories.rolling30d("99.9"))).containsExactly(
        new BurnRateAlert(Severity.PAGE, Duration.ofHours(1), Duration.ofMinutes(5), 14),
        new BurnRateAlert(Severity.PAGE, Duration.ofHours(6), Duration.ofMinutes(30), 7),
        new BurnRateAlert(Severity.TICKET, Duration.ofDays(1), Duration.ofHours(2), 2),
        new BurnRateAlert(Severity.TICKET, Duration.ofDays(4), Duration.ofHours(6), 1));
  }

  @Test
  void theLowTrafficGuardScalesTheWorkbookSharesAndGuardsWithAHundredEvents() {
    AlertPolicy guard = PolicyLoader.load(Path.of("../policies/low-traffic-guard.yaml")).policy().orElseThrow();

    assertThat(guard.minEvents()).isEqualTo(100);
    assertThat(guard.alertsFor(Histories.rolling30d("99.9"))).extracting(BurnRateAlert::factor).containsExactly(14.4, 6.0, 3.0, 1.0);
    assertThat(guard.resolveAfter().quietFor()).isEqualTo(Duration.ofMinutes(5));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "a misspelt field is named with a suggestion | " + "apiVersion: observatory/v1\\nkind: AlertPolicy\\nname: p\\nminEvent: 3\\n" + "alerts:\\n  - {severity: page, longWindow: 1h, shortWindow: 5m, burnRate: 2}\\n"
        + " | p.yaml:4:1: unknown field \"minEvent\" (did you mean \"minEvents\"?)",
    "a bad duration points at its value | " + "apiVersion: observatory/v1\\nkind: AlertPolicy\\nname: p\\nalerts:\\n  - severity: page\\n    longWindow: 1hour\\n    shortWindow: 5m\\n    burnRate: 14\\n"
        + " | p.yaml:6:17: alerts[0].longWindow: \"1hour\" is not a duration (expected e.g. 5m, 1h, 30d, 200ms)",
    "a pair needs a burn rate or a budget share | " + "apiVersion: observatory/v1\\nkind: AlertPolicy\\nname: p\\nalerts:\\n  - severity: page\\n    longWindow: 1h\\n    shortWindow: 5m\\n"
        + " | p.yaml:5:5: alerts[0] needs exactly one of burnRate (a factor, e.g. 14.4) and budgetShare (e.g. 2%)",
    "a budget share is a percentage | " + "apiVersion: observatory/v1\\nkind: AlertPolicy\\nname: p\\nalerts:\\n  - {severity: page, longWindow: 1h, shortWindow: 5m, budgetShare: 0.02}\\n"
        + " | p.yaml:5:68: alerts[0].budgetShare must be a percentage of the error budget in (0%, 100%], e.g. 2%, found \"0.02\"",
    "an unknown severity | " + "apiVersion: observatory/v1\\nkind: AlertPolicy\\nname: p\\nalerts:\\n  - {severity: warning, longWindow: 1h, shortWindow: 5m, burnRate: 2}\\n"
        + " | p.yaml:5:16: alerts[0].severity must be page or ticket, found \"warning\"",
    "the short window must be shorter | " + "apiVersion: observatory/v1\\nkind: AlertPolicy\\nname: p\\nalerts:\\n  - {severity: page, longWindow: 1h, shortWindow: 2h, burnRate: 2}\\n"
        + " | p.yaml:5:51: alerts[0].shortWindow must be shorter than longWindow",
    "a negative guard | " + "apiVersion: observatory/v1\\nkind: AlertPolicy\\nname: p\\nminEvents: -1\\nalerts:\\n  - {severity: page, longWindow: 1h, shortWindow: 5m, burnRate: 2}\\n"
        + " | p.yaml:4:12: minEvents must be a whole number of events, 0 or more, found -1",
    "another kind of document | " + "apiVersion: observatory/v1\\nkind: Scenario\\nname: p\\nalerts: []\\n"
        + " | p.yaml:2:7: kind \"Scenario\" is not an alert policy; expected AlertPolicy",
  })
  void aBadPolicyFileIsRefusedWithThePositionOfEachProblem(String what, String text, String expected) {
    PolicyLoader.Loaded loaded = PolicyLoader.load("p.yaml", text.replace("\\n", "\n"));

    assertThat(loaded.policy()).isEmpty();
    assertThat(loaded.problems()).extracting(SpecProblem::toString).contains(expected);
  }

  @Test
  void everyProblemOfAFileIsReportedNotOnlyTheFirst() {
    String text = HEAD.replace("name: p", "name: p\nresolveAfter: 30s\nminEvents: 1.5") + PAIR.replace("5m", "5x");

    PolicyLoader.Loaded loaded = PolicyLoader.load("p.yaml", text);

    assertThat(loaded.problems()).extracting(SpecProblem::toString).containsExactly(
        "p.yaml:4:15: resolveAfter must be a whole number of minutes (the backtest evaluates once a minute)",
        "p.yaml:5:12: minEvents must be a whole number of events, 0 or more, found 1.5",
        "p.yaml:9:18: alerts[0].shortWindow: \"5x\" is not a duration (expected e.g. 5m, 1h, 30d, 200ms)",
        "p.yaml:7:5: alerts[0] needs exactly one of burnRate (a factor, e.g. 14.4) and budgetShare (e.g. 2%)");
  }
}
