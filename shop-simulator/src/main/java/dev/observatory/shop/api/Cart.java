package dev.observatory.shop.api;

import java.util.List;

/** A user's cart. */
public record Cart(String userId, List<CartItem> items) {
  public Cart {
    items = List.copyOf(items);
  }
}
