package dev.observatory.shop.api;

/** {@code POST /api/cart}: {@code {userId, item: {productId, quantity}}}. */
public record AddItemRequest(String userId, CartItem item) {}
