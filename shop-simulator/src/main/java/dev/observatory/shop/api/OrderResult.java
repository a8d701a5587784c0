package dev.observatory.shop.api;

import dev.observatory.shop.money.Money;
import java.util.List;

/** A placed order, as PlaceOrder returns it. */
public record OrderResult(String orderId, String shippingTrackingId, Money shippingCost, Address shippingAddress, List<OrderItem> items, Money total) {
  public OrderResult {
    items = List.copyOf(items);
  }
}
