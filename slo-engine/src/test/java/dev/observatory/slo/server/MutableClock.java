package dev.observatory.slo.server;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves on by hand, so that minutes close without waiting for them. */
final class MutableClock extends Clock {
  Instant now = Instant.parse("2026-11-25T10:00:05Z");

  @Override
  public ZoneOffset getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
