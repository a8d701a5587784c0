package dev.observatory.slo.backtest;

import dev.observatory.slo.model.AlertWindows;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Window;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One pair of a policy file: a fixed burn-rate factor, or a share of the error budget (in percent)
 * spent within the long window, turned into a factor for each SLO's period as {@link AlertWindows}
 * does (2% of a 30-day budget in 1h is 14.4).
 */
public record PolicyPair(Severity severity, Duration longWindow, Duration shortWindow, OptionalDouble burnRate, OptionalDouble budgetPercent) {
  public PolicyPair {
    Objects.requireNonNull(severity, "severity");
    requireMinutes(longWindow, "long window");
    requireMinutes(shortWindow, "short window");
    Objects.requireNonNull(burnRate, "burnRate");
    Objects.requireNonNull(budgetPercent, "budgetPercent");
    if (burnRate.isPresent() == budgetPercent.isPresent()) {
      throw new IllegalArgumentException("a pair needs exactly one of a burn rate and a budget share");
    }
    if (burnRate.isPresent() && !(burnRate.getAsDouble() > 0 && Double.isFinite(burnRate.getAsDouble()))) {
      throw new IllegalArgumentException(burnRate.getAsDouble() + ": a burn rate must be positive");
    }
    if (budgetPercent.isPresent() && !(budgetPercent.getAsDouble() > 0 && budgetPercent.getAsDouble() <= 100)) {
      throw new IllegalArgumentException(budgetPercent.getAsDouble() + "%: a budget share must be in (0%, 100%]");
    }
    if (shortWindow.compareTo(longWindow) >= 0) {
      throw new IllegalArgumentException("short window " + Durations.format(shortWindow) + " must be shorter than long window " + Durations.format(longWindow));
    }
  }

  public static PolicyPair burnRate(Severity severity, Duration longWindow, Duration shortWindow, double factor) {
    return new PolicyPair(severity, longWindow, shortWindow, OptionalDouble.of(factor), OptionalDouble.empty());
  }

  public static PolicyPair budgetShare(Severity severity, Duration longWindow, Duration shortWindow, double percent) {
    return new PolicyPair(severity, longWindow, shortWindow, OptionalDouble.empty(), OptionalDouble.of(percent));
  }

  /** The pair for an SLO with this window. */
  public BurnRateAlert resolve(Window window) {
    if (burnRate.isPresent()) return new BurnRateAlert(severity, longWindow, shortWindow, burnRate.getAsDouble());
    AlertWindows.Share share = new AlertWindows.Share(severity, budgetPercent.getAsDouble(), longWindow, shortWindow);
    return new AlertWindows(List.of(share)).policyFor(window.nominalLength()).get(0);
  }

  private static void requireMinutes(Duration d, String what) {
    Objects.requireNonNull(d, what);
    if (d.toMinutes() < 1 || !d.equals(Duration.ofMinutes(d.toMinutes()))) {
      throw new IllegalArgumentException(what + " " + d + " must be a whole number of minutes, at least 1m");
    }
  }
}
