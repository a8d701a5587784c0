package dev.observatory.shop.api;

/** A product and a quantity, as in the demo's cart and order JSON. */
public record CartItem(String productId, int quantity) {}
