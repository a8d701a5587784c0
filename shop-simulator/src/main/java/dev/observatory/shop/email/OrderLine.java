package dev.observatory.shop.email;

import dev.observatory.shop.money.Money;
import java.util.Objects;

/** One line of an order: {@code quantity} of a product at the unit price {@code cost} (as the demo's {@code OrderItem}). */
public record OrderLine(String productName, int quantity, Money cost) {
  public OrderLine {
    if (productName == null || productName.isBlank()) {
      throw new IllegalArgumentException("an order line needs a product name, not \"" + productName + "\"");
    }
    if (quantity < 1) {
      throw new IllegalArgumentException(productName + ": quantity " + quantity + " must be at least 1");
    }
    Objects.requireNonNull(cost, "cost");
    if (cost.isNegative()) {
      throw new IllegalArgumentException(productName + ": cost " + cost.display() + " cannot be negative");
    }
  }

  /** The unit price times the quantity. */
  public Money subtotal() {
    return cost.times(quantity);
  }
}
