package dev.observatory.shop.db;

/** One line of a placed order, with its unit price in the user's currency (the demo's OrderItem.cost). */
public record OrderItemRow(String orderId, String productId, int quantity, String currency, long units, int nanos) {}
