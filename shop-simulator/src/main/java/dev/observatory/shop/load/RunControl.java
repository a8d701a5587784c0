package dev.observatory.shop.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shared state of one run: when it started and ends, the task limit, and the signals that
 * stop it. Workers ask {@link #claimTask()} before each task.
 */
final class RunControl {

  private final Ticker ticker;
  private final long start;
  private final long end;
  private final long maxTasks;
  private final AtomicLong claimed = new AtomicLong();
  /** Released by stop(): wakes sleepers and keeps new tasks from starting. */
  private final CountDownLatch stop = new CountDownLatch(1);
  /** Released by stop() or when the driver's last worker is done: wakes the reporter. */
  private final CountDownLatch attention = new CountDownLatch(1);
  private volatile boolean stopRequested;

  RunControl(Ticker ticker, long start, long durationNanos, long maxTasks) {
    this.ticker = ticker;
    this.start = start;
    this.end = start + durationNanos;
    this.maxTasks = maxTasks;
  }

  Ticker ticker() {
    return ticker;
  }

  long start() {
    return start;
  }

  long end() {
    return end;
  }

  long elapsed() {
    return ticker.nanos() - start;
  }

  CountDownLatch stopSignal() {
    return stop;
  }

  CountDownLatch attention() {
    return attention;
  }

  /** True if one more task may start now: not stopped, not past the end, under the limit. */
  boolean claimTask() {
    if (stop.getCount() == 0 || ticker.nanos() >= end) {
      return false;
    }
    return maxTasks == 0 || claimed.incrementAndGet() <= maxTasks;
  }

  /** Asked to stop from outside (stop() or an interrupt). */
  void requestStop() {
    stopRequested = true;
    stop.countDown();
    attention.countDown();
  }

  /** Ends the run normally: no new tasks, sleepers wake. */
  void windDown() {
    stop.countDown();
  }

  boolean stopRequested() {
    return stopRequested;
  }

  void workersDone() {
    attention.countDown();
  }
}
