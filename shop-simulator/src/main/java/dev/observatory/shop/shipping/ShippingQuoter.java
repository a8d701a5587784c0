package dev.observatory.shop.shipping;

import dev.observatory.shop.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Quotes shipping in USD by item count, from a fixed tier table (the same count always costs the
 * same, so load tests and SLO checks see stable totals), and makes tracking ids.
 */
public final class ShippingQuoter {
  /** Up to {@code maxItems} items ship for {@code price}; the last tier has no upper bound. */
  private record Tier(int maxItems, Money price) {}

  private static final List<Tier> TIERS =
      List.of(
          new Tier(0, Money.zero("USD")),
          new Tier(1, Money.of("USD", "5.99")),
          new Tier(3, Money.of("USD", "9.99")),
          new Tier(6, Money.of("USD", "14.99")),
          new Tier(10, Money.of("USD", "19.99")),
          new Tier(20, Money.of("USD", "29.99")),
          new Tier(Integer.MAX_VALUE, Money.of("USD", "49.99")));

  private final RandomGenerator random;

  /** Tracking ids from a {@link Random} seeded by the JVM. */
  public ShippingQuoter() {
    this(new Random());
  }

  /** Tracking ids from {@code random}, which must be thread-safe if this quoter is shared. */
  public ShippingQuoter(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * The shipping cost in USD: nothing for 0 items, 5.99 for 1, 9.99 for 2–3, 14.99 for 4–6,
   * 19.99 for 7–10, 29.99 for 11–20 and 49.99 above.
   */
  public Money quote(int itemCount) {
    if (itemCount < 0) {
      throw new IllegalArgumentException(itemCount + ": an item count cannot be negative");
    }
    return TIERS.stream().filter(t -> itemCount <= t.maxItems()).findFirst().orElseThrow().price();
  }

  /**
   * A tracking id in the demo's format {@code XY-<length><3 digits>-<length/2><7 digits>}, such
   * as {@code "QK-27418-130918274"}, where length is that of {@code salt} (the demo uses the
   * shipping address "street, city, state").
   */
  public String trackingId(String salt) {
    Objects.requireNonNull(salt, "salt");
    return "" + letter() + letter() + '-' + salt.length() + digits(3) + '-' + salt.length() / 2 + digits(7);
  }

  private char letter() {
    return (char) ('A' + random.nextInt(26));
  }

  private String digits(int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }
}
