package dev.observatory.slo.backtest;

import dev.observatory.slo.model.Slo;
import java.util.List;
import java.util.Objects;

/** One SLO's backtest: budgets at period ends, the chosen windows' series, and each policy's outcome (in input order). */
public record SloOutcome(Slo slo, List<PeriodBudget> periods, List<WindowSeries> series, List<PolicyOutcome> policies) {
  public SloOutcome {
    Objects.requireNonNull(slo, "slo");
    periods = List.copyOf(periods);
    series = List.copyOf(series);
    policies = List.copyOf(policies);
  }
}
