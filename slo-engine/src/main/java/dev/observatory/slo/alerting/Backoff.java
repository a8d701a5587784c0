package dev.observatory.slo.alerting;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Exponential backoff with jitter: after failed attempt {@code n} (1, 2, …) wait {@code initial ×
 * 2^(n-1)}, at most {@code max}, minus up to {@code jitter} of it at random, so that a fleet of
 * engines that lost Alertmanager together does not retry together.
 */
public record Backoff(Duration initial, Duration max, double jitter) {
  /** 5s, 10s, 20s, … up to 10 minutes, each shortened by up to 20%. */
  public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10), 0.2);

  public Backoff {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (initial.isNegative() || initial.isZero()) throw new IllegalArgumentException(initial + ": the initial delay must be positive");
    if (max.compareTo(initial) < 0) throw new IllegalArgumentException(max + ": the maximum delay must be at least the initial one, " + initial);
    if (!(jitter >= 0 && jitter < 1)) throw new IllegalArgumentException(jitter + ": jitter must be in [0, 1)");
  }

  /** The wait after failed attempt {@code attempt} (1 for the first failure). */
  public Duration delay(int attempt, Random random) {
    if (attempt < 1) throw new IllegalArgumentException(attempt + ": attempts count from 1");
    long maxMillis = max.toMillis();
    long base = initial.toMillis();
    for (int i = 1; i < attempt && base < maxMillis; i++) base *= 2;
    base = Math.min(base, maxMillis);
    return Duration.ofMillis(Math.round(base * (1 - jitter * random.nextDouble())));
  }
}
