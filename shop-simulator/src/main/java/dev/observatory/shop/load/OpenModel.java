package dev.observatory.shop.load;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Semaphore;

/**
 * A fixed arrival rate: task starts on a schedule no matter how slowly the shop answers, with at
 * most {@code maxConcurrency} in flight. An arrival that finds every slot busy is dropped and
 * counted, so an overloaded shop shows up in the summary instead of silently lowering the rate.
 */
final class OpenModel {

  private final List<VirtualUser> users;
  private final SplittableRandom random;
  private final double ratePerSecond;
  private final Semaphore slots;
  private final Stats stats;
  private final RunControl control;

  OpenModel(
      List<VirtualUser> users,
      SplittableRandom random,
      double ratePerSecond,
      int maxConcurrency,
      Stats stats,
      RunControl control) {
    this.users = List.copyOf(users);
    this.random = random;
    this.ratePerSecond = ratePerSecond;
    this.slots = new Semaphore(maxConcurrency);
    this.stats = stats;
    this.control = control;
  }

  void start(Workers workers) {
    workers.start(() -> schedule(workers));
  }

  private void schedule(Workers workers) throws InterruptedException {
    for (long i = 0; ; i++) {
      long at = control.start() + (long) (i * 1e9 / ratePerSecond);
      if (at >= control.end()) {
        // the run lasts its whole duration, so rates and the summary's elapsed time are right
        control.ticker().sleepUntil(control.end(), control.stopSignal());
        return;
      }
      if (control.ticker().sleepUntil(at, control.stopSignal())) {
        return;
      }
      if (!control.claimTask()) {
        return;
      }
      if (!slots.tryAcquire()) {
        stats.arrivalDropped();
        continue;
      }
      VirtualUser user = users.get((int) (i % users.size()));
      SplittableRandom taskRandom = random.split();
      workers.start(
          () -> {
            try {
              stats.taskStarted();
              user.perform(Task.pick(taskRandom), taskRandom);
            } finally {
              slots.release();
            }
          });
    }
  }
}
