package dev.observatory.shop.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Monotonic time and waiting for the load schedule. Two kinds of waiting, because a simulated
 * ticker (in tests) treats them differently: {@link #sleepUntil} lets time pass for this
 * activity alone (think time, pacing), {@link #await} waits for work done by other threads,
 * which in simulated time takes no time at all.
 */
interface Ticker {

  /** Nanoseconds from an arbitrary origin; only differences mean something. */
  long nanos();

  /**
   * Pauses until the ticker reads {@code deadline} or {@code wake} is released.
   *
   * @return true if woken early by {@code wake}
   */
  boolean sleepUntil(long deadline, CountDownLatch wake) throws InterruptedException;

  /**
   * Waits for {@code event} at most until the ticker reads {@code deadline}.
   *
   * @return true if the event happened
   */
  boolean await(CountDownLatch event, long deadline) throws InterruptedException;

  static Ticker system() {
    return SystemTicker.INSTANCE;
  }

  /** The real thing: {@link System#nanoTime()} and timed latch waits. */
  enum SystemTicker implements Ticker {
    INSTANCE;

    @Override
    public long nanos() {
      return System.nanoTime();
    }

    @Override
    public boolean sleepUntil(long deadline, CountDownLatch wake) throws InterruptedException {
      return wake.await(deadline - nanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public boolean await(CountDownLatch event, long deadline) throws InterruptedException {
      return event.await(deadline - nanos(), TimeUnit.NANOSECONDS);
    }
  }
}
