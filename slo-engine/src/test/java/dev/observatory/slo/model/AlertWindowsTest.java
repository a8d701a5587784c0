package dev.observatory.slo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AlertWindowsTest {
  @ParameterizedTest(name = "a {0}-day period gives factors {1}, {2}, {3}, {4}")
  @CsvSource({"30, 14.4, 6, 3, 1", "28, 13.44, 5.6, 2.8, 0.933333", "7, 3.36, 1.4, 0.7, 0.233333"})
  void factorsScaleWithTheBudgetShareAsSlothComputesThem(int days, double pageFast, double pageSlow, double ticketFast, double ticketSlow) {
    var policy = AlertWindows.WORKBOOK.policyFor(Duration.ofDays(days));
    assertThat(policy).extracting(BurnRateAlert::factor).containsExactly(pageFast, pageSlow, ticketFast, ticketSlow);
    assertThat(policy).extracting(BurnRateAlert::longWindow).containsExactly(Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(3));
    assertThat(policy).extracting(BurnRateAlert::shortWindow).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6));
  }

  @Test
  void aPairThatNeedsMoreThanEveryEventBadCanNeverFire() {
    var page = new BurnRateAlert(Severity.PAGE, Duration.ofHours(1), Duration.ofMinutes(5), 14.4);
    assertThat(page.canFire(Objective.percent("90").errorBudget())).isFalse();
    assertThat(page.canFire(Objective.percent("99.9").errorBudget())).isTrue();
  }

  @Test
  void theErrorBudgetIsExactInDecimal() {
    assertThat(Objective.percent("99.9").errorBudget()).isEqualTo(0.001);
    assertThat(Objective.percent("99.99").errorBudget()).isEqualTo(0.0001);
    assertThat(Objective.ratio(new java.math.BigDecimal("0.995"))).isEqualTo(Objective.percent("99.5"));
  }
}
