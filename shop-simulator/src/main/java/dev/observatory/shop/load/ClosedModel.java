package dev.observatory.shop.load;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Locust's model: a fixed number of users, each doing a task, thinking, and doing the next, so
 * the request rate follows the shop's response times. Users start evenly over the ramp-up.
 */
final class ClosedModel {

  private final List<VirtualUser> users;
  private final List<SplittableRandom> randoms;
  private final Duration rampUp;
  private final long thinkMin;
  private final long thinkMax;
  private final Stats stats;
  private final RunControl control;

  ClosedModel(
      List<VirtualUser> users,
      List<SplittableRandom> randoms,
      Duration rampUp,
      Duration thinkMin,
      Duration thinkMax,
      Stats stats,
      RunControl control) {
    this.users = List.copyOf(users);
    this.randoms = List.copyOf(randoms);
    this.rampUp = rampUp;
    this.thinkMin = thinkMin.toNanos();
    this.thinkMax = thinkMax.toNanos();
    this.stats = stats;
    this.control = control;
  }

  void start(Workers workers) {
    for (int i = 0; i < users.size(); i++) {
      long offset = rampUp.toNanos() / users.size() * i;
      VirtualUser user = users.get(i);
      SplittableRandom random = randoms.get(i);
      workers.start(() -> live(user, random, offset));
    }
  }

  private void live(VirtualUser user, SplittableRandom random, long offset)
      throws InterruptedException {
    Ticker ticker = control.ticker();
    if (offset > 0 && ticker.sleepUntil(control.start() + offset, control.stopSignal())) {
      return;
    }
    while (control.claimTask()) {
      stats.taskStarted();
      user.perform(Task.pick(random), random);
      long think = thinkMin + (thinkMax > thinkMin ? random.nextLong(thinkMax - thinkMin + 1) : 0);
      if (think > 0) {
        long wake = Math.min(ticker.nanos() + think, control.end());
        if (ticker.sleepUntil(wake, control.stopSignal())) {
          return;
        }
      }
    }
  }
}
