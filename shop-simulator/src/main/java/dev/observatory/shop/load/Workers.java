package dev.observatory.shop.load;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads of one driver and the count of work still pending; the last one out tells {@link
 * RunControl}. Daemon threads, so a forgotten run never keeps the JVM alive.
 */
final class Workers {

  private final ExecutorService executor;
  /** Starts at one for the starter itself, released by {@link #sealed()}. */
  private final AtomicInteger pending = new AtomicInteger(1);
  private final RunControl control;
  private final java.util.concurrent.CountDownLatch done =
      new java.util.concurrent.CountDownLatch(1);

  Workers(String name, RunControl control) {
    this.control = control;
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, name + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    this.executor = Executors.newCachedThreadPool(factory);
  }

  /** Runs {@code work} on its own thread, counted as pending until it returns. */
  void start(InterruptibleWork work) {
    pending.incrementAndGet();
    executor.execute(
        () -> {
          try {
            work.run();
          } catch (InterruptedException e) {
            // cancelled by stopNow(); the request was recorded as cancelled
          } finally {
            release();
          }
        });
  }

  /** Called once all initial work is started; until then the driver cannot count as done. */
  void sealed() {
    release();
  }

  private void release() {
    if (pending.decrementAndGet() == 0) {
      done.countDown();
      control.workersDone();
    }
  }

  java.util.concurrent.CountDownLatch done() {
    return done;
  }

  /** Interrupts whatever still runs (after the stop grace) and lets threads go. */
  void stopNow() {
    executor.shutdownNow();
  }

  void close() {
    executor.shutdown();
  }

  @FunctionalInterface
  interface InterruptibleWork {
    void run() throws InterruptedException;
  }
}
