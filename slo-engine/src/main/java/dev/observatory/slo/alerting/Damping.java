package dev.observatory.slo.alerting;

import java.time.Duration;
import java.util.Objects;

/**
 * When a firing alert resolves: after {@code quietEvaluations} consecutive evaluations without
 * firing, or once {@code quietFor} has passed since the last firing evaluation, whichever is set
 * (the other is 0). Burn rates hover around the factor at the end of an incident; without damping
 * every crossing would page again.
 */
public record Damping(int quietEvaluations, Duration quietFor) {
  /** Resolve after 5 minutes without firing. */
  public static final Damping DEFAULT = after(Duration.ofMinutes(5));

  public Damping {
    Objects.requireNonNull(quietFor, "quietFor");
    if (quietEvaluations < 0) throw new IllegalArgumentException(quietEvaluations + ": quiet evaluations must not be negative");
    if (quietFor.isNegative()) throw new IllegalArgumentException(quietFor + ": quiet time must not be negative");
    if (quietEvaluations > 0 == !quietFor.isZero()) {
      throw new IllegalArgumentException("set exactly one of quiet evaluations (" + quietEvaluations + ") and quiet time (" + quietFor + ")");
    }
  }

  public static Damping after(Duration quietFor) {
    return new Damping(0, quietFor);
  }

  public static Damping afterEvaluations(int quietEvaluations) {
    return new Damping(quietEvaluations, Duration.ZERO);
  }

  boolean quietEnough(int okEvaluationsSinceFiring, Duration sinceLastFiring) {
    return quietEvaluations > 0 ? okEvaluationsSinceFiring >= quietEvaluations : sinceLastFiring.compareTo(quietFor) >= 0;
  }
}
