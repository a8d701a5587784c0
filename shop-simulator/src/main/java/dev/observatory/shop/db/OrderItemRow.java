package dev.observatory.shop.db;

/** One line of a placed order, its cost in the user's currency. */
public record OrderItemRow(String orderId, String productId, int quantity, String currency, long units, int nanos) {}
