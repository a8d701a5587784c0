package dev.observatory.shop.api;

import dev.observatory.shop.money.Money;

/** The currency service's Convert. */
public record ConvertRequest(Money from, String toCode) {}
