package dev.observatory.shop.api;

import java.util.List;

/** The shipping service's GetQuote and ShipOrder. */
public record ShippingRequest(Address address, List<CartItem> items) {
  public ShippingRequest {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
