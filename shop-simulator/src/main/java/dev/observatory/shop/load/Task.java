package dev.observatory.shop.load;

import java.util.SplittableRandom;

/**
 * What a virtual user does next, with the OpenTelemetry demo's Locust weights (recommendations
 * and ads are replaced by search, which this shop's frontend serves instead).
 */
enum Task {
  BROWSE_PRODUCT(10),
  VIEW_CART(3),
  ADD_TO_CART(2),
  SEARCH(2),
  HOME(1),
  CHECKOUT(1),
  CHECKOUT_MULTI(1);

  private static final int TOTAL_WEIGHT = totalWeight();

  private final int weight;

  Task(int weight) {
    this.weight = weight;
  }

  int weight() {
    return weight;
  }

  static int totalWeight() {
    int sum = 0;
    for (Task t : values()) {
      sum += t.weight;
    }
    return sum;
  }

  /** A task drawn with probability weight ÷ total weight. */
  static Task pick(SplittableRandom random) {
    int ticket = random.nextInt(TOTAL_WEIGHT);
    for (Task t : values()) {
      ticket -= t.weight;
      if (ticket < 0) {
        return t;
      }
    }
    throw new AssertionError("weights changed under us");
  }
}
