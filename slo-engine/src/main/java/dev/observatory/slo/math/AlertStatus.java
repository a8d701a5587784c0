package dev.observatory.slo.math;

import dev.observatory.slo.model.BurnRateAlert;
import java.util.Objects;
import java.util.OptionalDouble;

/** One alert-policy pair evaluated: its state and the burn rates of its two windows. */
public record AlertStatus(BurnRateAlert alert, AlertState state, OptionalDouble longBurnRate, OptionalDouble shortBurnRate) {
  public AlertStatus {
    Objects.requireNonNull(alert, "alert");
    Objects.requireNonNull(state, "state");
  }
}
