package dev.observatory.shop.api;

import dev.observatory.shop.money.Money;

/** One line of an order: the item and its cost in the user's currency. */
public record OrderItem(CartItem item, Money cost) {}
