package dev.observatory.shop.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulated time: a sleep moves the clock to its deadline at once, and work done by other
 * threads takes no simulated time, so {@link #await} simply waits for the event (failing the
 * test if it takes more than a minute of real time, which means a bug).
 */
final class FakeTicker implements Ticker {

  private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

  @Override
  public long nanos() {
    return now.get();
  }

  void advance(long nanos) {
    now.addAndGet(nanos);
  }

  @Override
  public boolean sleepUntil(long deadline, CountDownLatch wake) {
    if (wake.getCount() == 0) {
      return true;
    }
    now.accumulateAndGet(deadline, Math::max);
    return false;
  }

  @Override
  public boolean await(CountDownLatch event, long deadline) throws InterruptedException {
    if (event.await(1, TimeUnit.MINUTES)) {
      return true;
    }
    throw new AssertionError("an awaited event did not happen within a minute of real time");
  }
}
